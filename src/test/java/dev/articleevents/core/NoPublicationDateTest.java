package dev.articleevents.core;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Without a publication date a weekday cannot be resolved: the event keeps the words and no date. */
class NoPublicationDateTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static String trace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    @Test
    void aWeekdayWithNoPublicationDateGivesNoDateButKeepsItsWords() {
        String text = "An air strike killed five people in Aleppo on Monday, activists said.\n"
                + "The air strike was carried out on Tuesday morning, witnesses said.\n";
        InspectedArticle inspected = analyzer.inspect(text.getBytes(StandardCharsets.UTF_8),
                ArticleMeta.of("text/plain; charset=utf-8", null), AnalysisDeadline.none());
        assertNull(inspected.failure(), () -> "the engine failed: " + trace(inspected.failure()));
        ArticleAnalysis a = inspected.analysis();
        assertNull(a.error(), () -> "no error document expected: " + a.error());
        assertFalse(a.events().isEmpty(), "the air strike is still reported");
        Event e = a.events().get(0);
        assertNull(e.date());
        assertEquals("Aleppo", e.location().nameInText());
        assertFalse(e.dateText() == null || e.dateText().isBlank(), "the weekday's words are kept in dateText");
    }
}
