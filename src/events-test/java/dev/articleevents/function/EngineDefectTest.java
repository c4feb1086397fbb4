package dev.articleevents.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.local.S3EventJson;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.PlantedDefectProducer;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A defect of the engine on the S3 path: the object gets the error document internal-error (no trace in it) and
 * a failure notification, and the queue message is acknowledged — the same bytes would fail the same way on
 * every retry, so retrying them until the dead-letter queue would only hide the failure.
 */
@QuarkusTest
@TestProfile(EngineDefectTest.Planted.class)
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class EngineDefectTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class Planted implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(PlantedDefectProducer.class);
        }
    }

    @Test
    void anEngineDefectIsAFinalErrorDocumentNotARetry() throws Exception {
        byte[] body = "A car bomb killed 3 people in Mosul on Monday, police said.".getBytes(StandardCharsets.UTF_8);
        String key = "defect/article.txt";
        var put = LocalAwsTestResource.aws.s3().putObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key)
                .contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(body));
        LocalAwsTestResource.aws.sqs().purgeQueue(b -> b.queueUrl(LocalAwsTestResource.queueUrl));
        String notification = S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, body.length, put.eTag().replace("\"", ""));
        String batch = "{\"Records\":[{\"messageId\":\"m-1\",\"body\":" + JSON.valueToTree(notification)
                + ",\"eventSource\":\"aws:sqs\",\"awsRegion\":\"us-east-1\"}]}";

        Response r = LambdaInvoker.invoke(batch);

        assertEquals(200, r.statusCode(), r.asString());
        assertEquals(0, JSON.readTree(r.asString()).path("batchItemFailures").size(), "acknowledged, not retried: " + r.asString());
        List<Message> messages = LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl)
                .maxNumberOfMessages(10).waitTimeSeconds(5)).messages();
        assertEquals(1, messages.size());
        JsonNode note = JSON.readTree(messages.get(0).body());
        assertEquals("error", note.get("status").asText());
        assertEquals("internal-error", note.get("errorCode").asText());
        String stored = LocalAwsTestResource.aws.s3().getObjectAsBytes(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET)
                .key(note.get("resultKey").asText())).asUtf8String();
        JsonNode doc = ContractSchema.assertValid(stored);
        assertEquals("internal-error", doc.get("error").get("code").asText());
        assertEquals(key, doc.get("source").get("key").asText());
        assertFalse(stored.contains(PlantedDefectProducer.MESSAGE) || stored.contains("Exception") || stored.contains(".java"),
                "no trace or source in the document: " + stored);
        assertTrue(note.get("resultKey").asText().startsWith("errors/"), note.toString());
    }
}
