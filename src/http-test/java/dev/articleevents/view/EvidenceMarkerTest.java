package dev.articleevents.view;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Span;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceMarkerTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();
    private static final EvidenceMarker MARKER = new EvidenceMarker();
    private static InspectedArticle seed;
    private static ArticleView view;

    @BeforeAll
    static void readTheSeed() {
        seed = ANALYZER.inspect(TestFiles.seed(), ArticleMeta.of("text/plain; charset=utf-8", "2016-08-02"), AnalysisDeadline.none());
        view = MARKER.viewOf(seed);
    }

    private static String text(Mark m) {
        return view.text().substring(m.start(), m.end());
    }

    private static int benghazi() {
        List<Event> events = seed.analysis().events();
        for (int i = 0; i < events.size(); i++) {
            if ("Benghazi".equals(events.get(i).location().name())) {
                return i;
            }
        }
        throw new AssertionError("no Benghazi event");
    }

    @Test
    void theBenghaziEventsFieldsAreMarkedWhereTheTextGivesThem() {
        int b = benghazi();
        List<Mark> mine = view.marks().stream().filter(m -> m.event() == b).toList();
        assertTrue(mine.stream().anyMatch(m -> m.kind().equals("figure") && m.field().equals("fatalities") && text(m).equals("قتل 23")), mine.toString());
        assertTrue(mine.stream().anyMatch(m -> m.kind().equals("place") && text(m).equals("بنغازي")));
        assertTrue(mine.stream().anyMatch(m -> m.kind().equals("event") && text(m).contains("مفخخة")));
        assertTrue(mine.stream().anyMatch(m -> m.kind().equals("source") && m.field().equals("sources (AFP)")));
        assertTrue(mine.stream().anyMatch(m -> m.kind().equals("date") && text(m).equals("الثلاثاء")));
    }

    @Test
    void marksOtherThanSourcesLieInTheirEventsEvidence() {
        for (Mark m : view.marks()) {
            if (m.kind().equals("source")) {
                continue;
            }
            List<Span> evidence = seed.analysis().events().get(m.event()).evidence();
            assertTrue(evidence.stream().anyMatch(s -> s.start() <= m.start() && m.end() <= s.end()), m.toString());
        }
    }

    @Test
    void noMarkFallsInACaptionOrSourceLine() {
        List<BlockView> notNews = view.blocks().stream().filter(b -> !b.kind().equals("paragraph") && !b.kind().equals("title")).toList();
        assertTrue(notNews.stream().filter(b -> b.kind().equals("caption")).count() >= 2, view.blocks().toString());
        for (Mark m : view.marks()) {
            assertTrue(notNews.stream().noneMatch(b -> m.start() < b.end() && b.start() < m.end()), m + " " + text(m));
        }
    }

    @Test
    void theViewCarriesTheDecodedTextTheOffsetsPointInto() {
        assertEquals(new String(TestFiles.seed(), StandardCharsets.UTF_8), view.text());
    }

    @Test
    void aLongRepetitiveArticleKeepsEachEventsFirstMarksAndCountsTheRest() {
        StringBuilder text = new StringBuilder("Clashes in northern Mali\n");
        while (text.length() < 200_000) {
            text.append("Fighting broke out on Monday between the army and rebels near Kidal, officials said. ")
                    .append("Two soldiers were killed in the clashes, the army said.\n");
        }
        InspectedArticle a = ANALYZER.inspect(text.toString().getBytes(StandardCharsets.UTF_8),
                ArticleMeta.of("text/plain; charset=utf-8", "2020-01-06"), AnalysisDeadline.none());
        ArticleView v = MARKER.viewOf(a);
        assertTrue(v.marksOmitted() > 0, "marks: " + v.marks().size());
        for (int i = 0; i < a.analysis().events().size(); i++) {
            int event = i;
            assertTrue(v.marks().stream().filter(m -> m.event() == event).count() <= EvidenceMarker.MAX_MARKS_PER_EVENT);
        }
    }

    @Test
    void aRefusedInputHasNoView() {
        InspectedArticle empty = ANALYZER.inspect(new byte[0], ArticleMeta.of("text/plain", null), AnalysisDeadline.none());
        assertTrue(empty.analysis().hasError());
        assertNull(MARKER.viewOf(empty));
    }
}
