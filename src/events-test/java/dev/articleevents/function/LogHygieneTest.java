package dev.articleevents.function;

import dev.articleevents.local.S3EventJson;
import dev.articleevents.testing.TestFiles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logs carry keys, counts and timings, never article text. */
@QuarkusTest
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class LogHygieneTest {

    @Test
    void processingTheSeedLogsItsKeyButNoneOfItsText() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String msg = r.getMessage();
                if (r.getParameters() != null && msg != null) {
                    try {
                        msg = String.format(msg, r.getParameters());
                    } catch (RuntimeException e) {
                        msg = msg + " " + java.util.Arrays.toString(r.getParameters());
                    }
                }
                lines.add(msg + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String key = "logs/seed.txt";
            LocalAwsTestResource.aws.s3().putObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key)
                    .metadata(Map.of("published-at", "2016-08-02")), RequestBody.fromBytes(TestFiles.seed()));
            Response r = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, 1, ""));
            assertEquals(200, r.statusCode());
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("logs/seed.txt")), lines.toString());
        String seed = new String(TestFiles.seed(), StandardCharsets.UTF_8);
        for (String line : lines) {
            for (String sentence : seed.split("[\\n.،]")) {
                String s = sentence.strip();
                if (s.length() > 12) {
                    assertFalse(line.contains(s), "article text in a log line: " + line);
                }
            }
        }
    }
}
