package dev.articleevents.core.structure;

import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleStructurerTest {
    private final ArticleStructurer structurer = new ArticleStructurer();

    @Test
    void seedCaptionsSourceLinesAndTwoStories() {
        String text = new String(TestFiles.seed(), StandardCharsets.UTF_8);
        Article a = structurer.structure(text);
        List<String> captions = a.blocks().stream().filter(b -> b.kind() == BlockKind.CAPTION).map(b -> a.textOf(b.span())).toList();
        assertTrue(captions.stream().anyMatch(c -> c.contains("أرشيف")), captions.toString());
        assertEquals(2, captions.stream().filter(c -> c.equals("قوات ليبية في سرت")).count(), captions.toString());
        assertEquals(2, a.blocks().stream().filter(b -> b.kind() == BlockKind.SOURCE_LINE).count());
        assertEquals(2, a.storyCount());
        assertTrue(a.title().isEmpty(), "the first line is a photo caption, not a title");
        assertTrue(a.paragraphs().stream().allMatch(b -> !a.textOf(b.span()).startsWith("المصدر")));
    }

    @Test
    void englishTitleAndAgencyLines() {
        String text = "Bomb kills five in market\n\nBAGHDAD (Reuters) - A bomb killed five people on Monday.\n\n"
                + "Police said the toll could rise.\n\nReporting by A. Writer; Editing by B. Editor\n";
        Article a = structurer.structure(text);
        assertEquals("Bomb kills five in market", a.textOf(a.title().orElseThrow().span()));
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void theTextAboveAPhotographersCreditIsACaption() {
        String text = "Strike kills 12 in the north\n"
                + "Relatives mourn a man killed during an attack on Monday, at the city morgue, in the north of the country.\n"
                + "Jane Doe—AP\n\n"
                + "The army said on Tuesday that an air strike had killed 12 fighters.\n";
        Article a = structurer.structure(text);
        List<String> captions = a.blocks().stream().filter(b -> b.kind() == BlockKind.CAPTION).map(b -> a.textOf(b.span())).toList();
        assertEquals(2, captions.size(), captions.toString());
        assertTrue(captions.get(0).startsWith("Relatives mourn"));
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void theDatelinesOpeningParagraphsAreReadOnce() {
        String text = "Clashes in Beirut\n\nBEIRUT (AP) — Clashes broke out on Monday in the south of the city, officials said.\n\n"
                + "Two people were wounded, a medic said.\n";
        Article a = structurer.structure(text);
        assertEquals(1, a.datelineHeads().size(), a.datelineHeads().toString());
        assertEquals("BEIRUT (AP) —", a.textOf(a.datelineHeads().get(0)), "from the paragraph's start to the dash's end");
    }
}
