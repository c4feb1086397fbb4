package dev.articleevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.testing.ReportHtml;
import dev.articleevents.view.EvidenceMarker;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderReportTest {
    private static final String HOSTILE = "Clashes near Gao killed two soldiers on Monday, the army said.\n"
            + "</script><script>alert('from the article')</script> <img src=x onerror=alert(2)>\n";

    private static String report() {
        InspectedArticle a = new ArticleAnalyzer().inspect(HOSTILE.getBytes(StandardCharsets.UTF_8),
                ArticleMeta.of("text/plain; charset=utf-8", "2020-01-06"), AnalysisDeadline.none());
        return FolderReport.html(List.of(new ReportEntry("hostile", "hostile.json", a.analysis(), new EvidenceMarker().viewOf(a))));
    }

    @Test
    void articleTextCannotCloseTheDataScript() throws Exception {
        String html = report();
        assertFalse(html.contains("<script>alert"), "article markup reached the page as markup");
        assertFalse(html.contains("<img src=x"));
        JsonNode data = ReportHtml.data(html);
        assertEquals(HOSTILE, data.get("documents").get(0).get("view").get("text").asText(), "the text reads back unchanged");
    }

    @Test
    void aReportHoldsItsFirstDocumentsAndCountsTheRest() {
        ArticleAnalysis a = new ArticleAnalyzer().analyze(HOSTILE.getBytes(StandardCharsets.UTF_8),
                ArticleMeta.of("text/plain; charset=utf-8", "2020-01-06"));
        List<ReportEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < FolderReport.MAX_DOCUMENTS + 2; i++) {
            entries.add(new ReportEntry("doc-" + i, null, a, null));
        }
        JsonNode data = ReportHtml.data(FolderReport.html(entries));
        assertEquals(FolderReport.MAX_DOCUMENTS, data.get("documents").size());
        assertEquals(2, data.get("omittedDocuments").asInt());
        assertEquals("doc-0", data.get("documents").get(0).get("id").asText());
    }

    @Test
    void theReportIsSelfContained() {
        String html = report();
        for (String placeholder : List.of("/*ARTICLE_VIEW_CSS*/", "/*REPORT_CSS*/", "/*WORLD_JSON*/", "/*REPORT_JSON*/",
                "/*ARTICLE_VIEW_JS*/", "/*REPORT_JS*/")) {
            assertFalse(html.contains(placeholder), placeholder);
        }
        assertFalse(Pattern.compile("(src|href)=\"https?:").matcher(html).find(), "nothing is loaded from the network");
        assertTrue(html.contains("\"countries\""), "the country outlines are inlined");
        assertTrue(html.contains("default-src 'none'"), "the page may not fetch anything");
    }
}
