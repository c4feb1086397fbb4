package dev.articleevents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchAnalyzeCommandTest {

    @Test
    void analysesAFolderLaidOutLikeTheEvaluationSet(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/ar"));
        Files.write(in.resolve("a-1.txt"), TestFiles.seed());
        // only publishedAt is read from a gold file
        Files.writeString(in.resolve("a-1.gold.json"), "{\"id\":\"a-1\",\"publishedAt\":\"2016-08-02\",\"events\":[{\"eventType\":\"X\"}]}");
        Files.writeString(in.resolve("b-2.html"), "<html><body><p>Protesters marched in Lyon on Saturday.</p></body></html>");
        Files.writeString(in.resolve("b-2.meta.json"), "{\"publishedAt\":\"2020-05-04\"}");
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out");

        int rc = BatchAnalyzeCommand.run(BatchAnalyzeCommand.parse(new String[]{dir.resolve("in").toString(), out.toString(),
                "--published-at", "2020-01-01"}));

        assertEquals(0, rc);
        ObjectMapper json = new ObjectMapper();
        JsonNode a = ContractSchema.assertValid(Files.readString(out.resolve("a-1.json")));
        assertEquals("2016-08-02", a.get("publishedAt").asText());
        assertTrue(a.get("events").size() >= 5);
        JsonNode b = ContractSchema.assertValid(Files.readString(out.resolve("b-2.json")));
        assertEquals("2020-05-02", b.get("events").get(0).get("date").asText());
        JsonNode empty = json.readTree(out.resolve("empty.json").toFile());
        assertEquals("empty-object", empty.get("error").get("code").asText());
    }

    @Test
    void theCheckSetWithNoDatesGivesADocumentPerArticleAndNoEngineFailure(@TempDir Path dir) throws Exception {
        Path in = TestFiles.shared().resolve("eval-check");
        long articles;
        try (var files = Files.walk(in)) {
            articles = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).count();
        }
        Path out = dir.resolve("out");

        int rc = BatchAnalyzeCommand.run(BatchAnalyzeCommand.parse(new String[]{in.toString(), out.toString(), "--no-dates"}));

        assertEquals(0, rc);
        ObjectMapper json = new ObjectMapper();
        try (var written = Files.list(out)) {
            var documents = written.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(articles, documents.size());
            for (Path d : documents) {
                JsonNode doc = json.readTree(d.toFile());
                assertTrue(!doc.path("publishedAt").isTextual(), d.toString());
                assertTrue(doc.path("error").isNull() || doc.path("error").isMissingNode(), d + ": " + doc.get("error"));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BatchAnalyzeCommand.parse(new String[]{in.toString(), "out",
                "--no-dates", "--published-at", "2020-01-01"}));
    }

    @Test
    void badUsageIsReported() {
        assertThrows(IllegalArgumentException.class, () -> BatchAnalyzeCommand.parse(new String[]{"only-one"}));
        assertThrows(IllegalArgumentException.class, () -> BatchAnalyzeCommand.parse(new String[]{"/nonexistent-dir", "out"}));
    }
}
