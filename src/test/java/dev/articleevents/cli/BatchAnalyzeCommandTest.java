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
    void badUsageIsReported() {
        assertThrows(IllegalArgumentException.class, () -> BatchAnalyzeCommand.parse(new String[]{"only-one"}));
        assertThrows(IllegalArgumentException.class, () -> BatchAnalyzeCommand.parse(new String[]{"/nonexistent-dir", "out"}));
    }
}
