package dev.articleevents.core.summarize;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Span;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @Test
    void seedSummaryCoversBothStoriesWithoutCaptionsOrSourceLines() {
        ArticleAnalysis a = ANALYZER.analyze(TestFiles.seed(), ArticleMeta.of("text/plain", "2016-08-02"));
        String s = a.summary().text();
        assertEquals("ar", a.language());
        assertTrue(s.contains("قتل 23 شخصا") && s.contains("بنغازي"), s);
        assertTrue(s.contains("سرت"), s);
        assertFalse(s.contains("المصدر"), s);
        assertFalse(s.contains("أرشيف"), s);
        assertFalse(s.contains("قوات ليبية في سرت\n"), s);
        assertEquals(2, a.summary().sentences().size(), "one sentence per story");
        String text = new String(TestFiles.seed(), StandardCharsets.UTF_8);
        for (Span span : a.summary().sentences()) {
            assertTrue(s.contains(text.substring(span.start(), span.end())), "offsets point at the summary's sentences");
        }
    }

    @Test
    void singleStoryGetsUpToThreeSentencesInTextOrder() {
        String article = "Blast hits market\n\nA car bomb exploded in a market in Kirkuk on Monday, killing nine people. "
                + "Police said 23 people were wounded. \"We heard a huge noise,\" a trader said. "
                + "No group claimed the attack. The market reopened in the afternoon.\n\nPhoto: the market after the blast\n";
        ArticleAnalysis a = ANALYZER.analyze(article.getBytes(StandardCharsets.UTF_8), ArticleMeta.of("text/plain", "2019-03-12"));
        assertEquals(3, a.summary().sentences().size());
        assertTrue(a.summary().text().startsWith("A car bomb exploded"), a.summary().text());
        assertFalse(a.summary().text().contains("We heard"), "a bare quote has no context");
        assertFalse(a.summary().text().contains("Photo"));
        for (int i = 1; i < a.summary().sentences().size(); i++) {
            assertTrue(a.summary().sentences().get(i - 1).start() < a.summary().sentences().get(i).start());
        }
    }

    @Test
    void digestIsOneEnglishLinePerEvent() {
        ArticleAnalysis a = ANALYZER.analyze(TestFiles.seed(), ArticleMeta.of("text/plain", "2016-08-02"));
        assertTrue(a.events().stream().allMatch(e -> e.digest().matches("^(\\d{4}-\\d{2}-\\d{2}|date unknown) · [^·]+ · [^·]+( · .*)?$")),
                a.events().stream().map(e -> e.digest()).toList().toString());
    }
}
