package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.ArticleStructurer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which mentions may start an event of their own (anchored) rather than only join one. */
class MentionStartsEventTest {
    private static final String ARTICLE = "Shelling kills 12 in Idlib\n\n"
            + "Syrian troops shelled villages in the province of Idlib on Thursday, killing 12 people, a monitor said.\n\n"
            + "The monitor gave no toll for the wounded.\n\n"
            + "Elsewhere, a rebel was killed in clashes with regime forces in the southern province of Daraa, the monitor said.\n";
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(Gazetteer.load());
    }

    private static List<Mention> clashes(String text) {
        ArticleDocument doc = new ArticleDocument(new ArticleStructurer().structure(text), Tokenizer.tokenize(text), "en",
                LocalDate.of(2024, 3, 14));
        return extractor.mentions(doc).stream().filter(m -> m.trigger().subEventType().equals("Armed clash")).toList();
    }

    @Test
    void aSureWordAtANamedPlaceBelowTheCountryStartsAnEventOutsideTheLead() {
        // no date and a single death in its own sentence, and not in the lead: before, only joining an event
        List<Mention> daraa = clashes(ARTICLE);
        assertTrue(daraa.stream().anyMatch(m -> m.place() != null && m.place().surface().equals("Daraa") && m.anchored()),
                daraa.toString());
    }

    @Test
    void theSameSentenceNamingOnlyTheCountryDoesNot() {
        // a country alone is more often the setting of commentary than the place of an incident
        List<Mention> syria = clashes(ARTICLE.replace("in the southern province of Daraa", "in Syria"));
        assertFalse(syria.isEmpty());
        assertFalse(syria.stream().anyMatch(Mention::anchored), syria.toString());
    }
}
