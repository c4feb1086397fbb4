package dev.articleevents.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.local.S3EventJson;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever lands in the bucket ends as exactly one result or error document plus one notification,
 * through the real S3 and SQS servers and the Lambda runtime. Never an unhandled error, never a silent drop.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class BadInputMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = new String(TestFiles.seed(), StandardCharsets.UTF_8);

    @BeforeEach
    void emptyQueue() {
        LocalAwsTestResource.aws.sqs().purgeQueue(b -> b.queueUrl(LocalAwsTestResource.queueUrl));
    }

    /** Uploads, delivers the S3 event, and answers the notification and the document it points at. */
    private static JsonNode[] roundTrip(String key, byte[] body, String contentType) throws Exception {
        PutObjectResponse put = LocalAwsTestResource.aws.s3().putObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key)
                .contentType(contentType).metadata(Map.of("published-at", "2016-08-02")), RequestBody.fromBytes(body));
        Response r = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, body.length,
                put.eTag().replace("\"", "")));
        assertEquals(200, r.statusCode(), key + ": " + r.asString());
        return noteAndDocument();
    }

    private static JsonNode[] noteAndDocument() throws Exception {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 5 && messages.isEmpty(); i++) {
            messages.addAll(LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages());
        }
        assertEquals(1, messages.size(), "exactly one notification");
        LocalAwsTestResource.aws.sqs().deleteMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl).receiptHandle(messages.get(0).receiptHandle()));
        JsonNode note = JSON.readTree(messages.get(0).body());
        String doc = LocalAwsTestResource.aws.s3().getObjectAsBytes(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET)
                .key(note.get("resultKey").asText())).asUtf8String();
        return new JsonNode[]{note, ContractSchema.assertValid(doc)};
    }

    private static void assertError(JsonNode[] r, String code) {
        assertEquals("error", r[0].get("status").asText(), r[0].toString());
        assertEquals(code, r[0].get("errorCode").asText());
        assertEquals(code, r[1].get("error").get("code").asText());
        assertTrue(r[0].get("resultKey").asText().startsWith("errors/"));
    }

    @Test
    void emptyObject() throws Exception {
        assertError(roundTrip("bad/empty.txt", new byte[0], "text/plain"), "empty-object");
    }

    @Test
    void binaryFiles() throws Exception {
        assertError(roundTrip("bad/image.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "image/png"), "unsupported-format");
        assertError(roundTrip("bad/archive.zip", new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "application/zip"), "unsupported-format");
        assertError(roundTrip("bad/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "application/pdf"), "unsupported-format");
    }

    @Test
    void overTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        byte[] big = new byte[(int) LocalAwsTestResource.MAX_OBJECT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        JsonNode[] r = roundTrip("bad/huge.txt", big, "text/plain");
        assertError(r, "too-large");
        assertTrue(r[1].get("error").get("message").asText().contains("over the limit"));
        assertEquals(big.length, r[1].get("source").get("size").asLong(), "the size S3 reported, not 0");
    }

    @Test
    void onlyWhiteSpace() throws Exception {
        assertError(roundTrip("bad/blank.txt", " \n\t\u00A0\n ".getBytes(StandardCharsets.UTF_8), "text/plain"), "no-text");
    }

    @Test
    void invalidUtf8IsDecodedWithAWarning() throws Exception {
        byte[] bytes = "Des manifestants ont été dispersés à Niamey samedi, selon la police.".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode[] r = roundTrip("bad/latin1.txt", bytes, "text/plain");
        assertEquals("ok", r[0].get("status").asText());
        assertEquals("fr", r[1].get("language").asText());
        assertTrue(r[1].get("warnings").toString().contains("decoded as"), r[1].get("warnings").toString());
    }

    @Test
    void windows1256Arabic() throws Exception {
        JsonNode[] r = roundTrip("bad/legacy-arabic.txt", SEED.getBytes(Charset.forName("windows-1256")), "text/plain");
        assertEquals("ar", r[1].get("language").asText());
        assertTrue(r[1].get("warnings").toString().contains("windows-1256"));
        assertTrue(r[1].get("events").size() >= 5);
    }

    @Test
    void htmlWithScripts() throws Exception {
        String html = "<html><head><script>var secret='Paris attack';</script></head><body><article><h1>Clashes</h1>"
                + "<p>Fighting broke out in Mosul on Monday between the army and militants, officials said.</p></article></body></html>";
        JsonNode[] r = roundTrip("bad/page.html", html.getBytes(StandardCharsets.UTF_8), "text/html");
        assertEquals("ok", r[0].get("status").asText());
        assertFalse(r[1].toString().contains("secret"));
    }

    @Test
    void textWithNoEvents() throws Exception {
        JsonNode[] r = roundTrip("bad/recipe.txt", "Preheat the oven. Mix the flour with the butter and bake for twenty minutes."
                .getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals("ok", r[0].get("status").asText());
        assertEquals(0, r[1].get("events").size());
        assertTrue(r[1].get("warnings").toString().contains("no events found"));
    }

    @Test
    void objectDeletedBeforeProcessing() throws Exception {
        Response resp = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, "bad/gone.txt", 10, "abc"));
        assertEquals(200, resp.statusCode());
        assertError(noteAndDocument(), "object-gone");
    }

    @Test
    void malformedEventJsonIsRefusedLoudly() {
        // a direct invocation that is not JSON fails the invocation: Lambda retries it and then dead-letters it
        Response r = LambdaInvoker.invoke("{\"Records\": [ this is not JSON");
        assertEquals(500, r.statusCode());
        Response notS3 = LambdaInvoker.invoke("{\"hello\": \"world\"}");
        assertEquals(500, notS3.statusCode());
    }

    @Test
    void testEventIsSkipped() throws Exception {
        Response r = LambdaInvoker.invoke(TestFiles.text(TestFiles.events("s3-test-event.json")));
        assertEquals(200, r.statusCode());
        assertEquals(1, JSON.readTree(r.asString()).get("skipped").asInt());
    }

    @Test
    void awkwardKeys() throws Exception {
        for (String key : List.of("inbox/with spaces and + plus.txt", "inbox/percent %41 and %.txt", "اخبار/ليبيا اليوم.txt",
                "long/" + "k".repeat(995) + ".txt")) {
            JsonNode[] r = roundTrip(key, "Police arrested four men in Lyon on Monday, officials said.".getBytes(StandardCharsets.UTF_8), "text/plain");
            assertEquals(key, r[0].get("sourceKey").asText());
            assertEquals(key, r[1].get("source").get("key").asText());
            assertTrue(r[0].get("resultKey").asText().getBytes(StandardCharsets.UTF_8).length <= 1024);
        }
    }

    @Test
    void duplicateDeliveryKeepsOneResult() throws Exception {
        String key = "dup/article.txt";
        JsonNode[] first = roundTrip(key, "Protesters marched in Rabat on Sunday, police said.".getBytes(StandardCharsets.UTF_8), "text/plain");
        String eTag = LocalAwsTestResource.aws.s3().headObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key)).eTag().replace("\"", "");
        LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, 10, eTag));
        JsonNode[] second = noteAndDocument();
        assertEquals(first[0].get("resultKey").asText(), second[0].get("resultKey").asText());
        assertEquals(1, LocalAwsTestResource.aws.s3().listObjectsV2(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET).prefix("results/dup/"))
                .contents().size());
    }
}
