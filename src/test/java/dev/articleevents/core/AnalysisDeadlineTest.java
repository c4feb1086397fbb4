package dev.articleevents.core;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.pipeline.InputRejectedException;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisDeadlineTest {
    private static byte[] longArticle() {
        String seed = new String(TestFiles.seed(), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int k = 0; text.length() < 300_000; k++) {
            text.append(seed.replace("\n", " " + k + "\n")).append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void passedDeadlineEndsAsTooSlowDocument() {
        byte[] bytes = longArticle();
        ArticleAnalysis a = new ArticleAnalyzer().analyze(bytes, ArticleMeta.of("text/plain", "2016-08-02"),
                AnalysisDeadline.after(Duration.ofMillis(1)));
        assertTrue(a.hasError());
        assertEquals("too-slow", a.error().code());
        assertTrue(a.error().message().contains("1 ms (app.max-analysis-ms)"), a.error().message());
        assertEquals(bytes.length, a.source().size());
        assertTrue(a.events().isEmpty());
    }

    @Test
    void noDeadlineAndZeroMeanNoLimit() {
        AnalysisDeadline.none().check("events");
        AnalysisDeadline.after(Duration.ZERO).check("events");
        ArticleAnalysis a = new ArticleAnalyzer().analyze(TestFiles.seed(), ArticleMeta.of("text/plain", "2016-08-02"),
                AnalysisDeadline.after(Duration.ZERO));
        assertFalse(a.hasError());
    }

    @Test
    void checkThrowsOnlyOnceTheLimitHasPassed() throws InterruptedException {
        AnalysisDeadline d = AnalysisDeadline.after(Duration.ofMillis(5));
        Thread.sleep(20);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> d.check("structure"));
        assertEquals("too-slow", e.code());
        assertTrue(e.getMessage().contains("structure stage"));
        AnalysisDeadline.after(Duration.ofHours(1)).check("structure");
    }
}
