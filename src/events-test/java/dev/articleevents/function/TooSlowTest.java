package dev.articleevents.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.local.S3EventJson;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analysis over app.max-analysis-ms ends as the error document too-slow, answered normally: the function
 * does not run into its own time-out, which a queue would retry five times for the same outcome. The limit
 * here is 1 ms against a 200 KB article, which no machine analyses that fast.
 */
@QuarkusTest
@TestProfile(TooSlowTest.OneMillisecond.class)
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class TooSlowTest {
    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.max-analysis-ms", "1");
        }
    }

    @Test
    void aLongAnalysisEndsAsATooSlowDocument() throws Exception {
        String seed = new String(TestFiles.seed(), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int k = 0; text.length() < 100_000; k++) {
            text.append(seed.replace("\n", " " + k + "\n")).append("\n\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        String key = "slow/long.txt";
        var put = LocalAwsTestResource.aws.s3().putObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key)
                .contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(body));
        LocalAwsTestResource.aws.sqs().purgeQueue(b -> b.queueUrl(LocalAwsTestResource.queueUrl));
        Response r = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, body.length,
                put.eTag().replace("\"", "")));
        assertEquals(200, r.statusCode(), r.asString());

        List<Message> messages = LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl)
                .maxNumberOfMessages(10).waitTimeSeconds(5)).messages();
        assertEquals(1, messages.size());
        JsonNode note = new ObjectMapper().readTree(messages.get(0).body());
        assertEquals("error", note.get("status").asText());
        assertEquals("too-slow", note.get("errorCode").asText());
        assertTrue(note.get("resultKey").asText().startsWith("errors/slow/long.txt@"), note.toString());
        JsonNode doc = ContractSchema.assertValid(LocalAwsTestResource.aws.s3().getObjectAsBytes(b -> b
                .bucket(LocalAwsTestResource.RESULTS_BUCKET).key(note.get("resultKey").asText())).asUtf8String());
        assertEquals("too-slow", doc.get("error").get("code").asText());
        assertTrue(doc.get("error").get("message").asText().contains("app.max-analysis-ms"), doc.toString());
        assertEquals(body.length, doc.get("source").get("size").asLong());
    }
}
