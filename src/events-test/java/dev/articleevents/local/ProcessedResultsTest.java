package dev.articleevents.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import dev.articleevents.testing.ReportHtml;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local stack's exports, with the report's article view rebuilt from the source object in a real S3 server. */
class ProcessedResultsTest {
    private static LocalAws aws;
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @BeforeAll
    static void startS3() throws Exception {
        aws = LocalAws.start(0, 0, Set.of(), (bucket, key, size, eTag) -> { });
        aws.createBucket("articles-in");
        aws.s3().putObject(b -> b.bucket("articles-in").key("samples/seed.txt").contentType("text/plain; charset=utf-8")
                .metadata(Map.of("published-at", "2016-08-02")), RequestBody.fromBytes(TestFiles.seed()));
    }

    @AfterAll
    static void stopS3() throws Exception {
        aws.close();
    }

    private static ArticleAnalysis stored(List<Event> events) {
        ArticleAnalysis a = ANALYZER.analyze(TestFiles.seed(), new ArticleMeta("articles-in", "samples/seed.txt", null, "e",
                "text/plain; charset=utf-8", "2016-08-02"));
        // read back from JSON, as the stack reads the function's result from the results bucket
        return AnalysisJson.read(AnalysisJson.write(new ArticleAnalysis(a.schemaVersion(), a.source(), a.read(),
                a.summary(), events == null ? a.events() : events, a.warnings(), a.engine(), a.error())));
    }

    private static JsonNode reportDocuments(Path dir) {
        return ReportHtml.documents(dir.resolve("report.html"));
    }

    @Test
    void theReportShowsTheEvidenceOfWhatTheFunctionStored(@TempDir Path dir) throws Exception {
        ProcessedResults results = new ProcessedResults(dir, aws.s3());
        results.add("results/samples/seed.txt@e.json", stored(null));
        for (Path f : results.files()) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        JsonNode doc = reportDocuments(dir).get(0);
        assertEquals("samples/seed.txt", doc.get("id").asText());
        assertEquals(new String(TestFiles.seed(), java.nio.charset.StandardCharsets.UTF_8), doc.get("view").get("text").asText());
        assertTrue(doc.get("view").get("marks").size() > 10);
    }

    @Test
    void aResultTheEngineNoLongerGivesIsShownWithoutEvidence(@TempDir Path dir) throws Exception {
        List<Event> fewer = new ArrayList<>(stored(null).events());
        fewer.remove(0);
        ProcessedResults results = new ProcessedResults(dir, aws.s3());
        results.add("results/samples/seed.txt@e.json", stored(fewer));
        JsonNode doc = reportDocuments(dir).get(0);
        assertTrue(doc.get("view").isNull(), "marks of another analysis would point at the wrong events");
        assertEquals(fewer.size(), doc.get("analysis").get("events").size());
    }
}
