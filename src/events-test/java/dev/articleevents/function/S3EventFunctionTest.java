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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events function end to end: real S3 and SQS servers, real SDK clients, Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class S3EventFunctionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void emptyQueue() {
        LocalAwsTestResource.aws.sqs().purgeQueue(b -> b.queueUrl(LocalAwsTestResource.queueUrl));
    }

    @Test
    void seedUploadProducesResultObjectAndNotification() throws Exception {
        String key = "samples/" + TestFiles.SEED_NAME;
        PutObjectResponse put = upload(key, TestFiles.seed(), "2016-08-02");
        Response response = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key,
                TestFiles.seed().length, put.eTag().replace("\"", "")));
        assertEquals(200, response.statusCode(), response.asString());

        JsonNode report = JSON.readTree(response.asString());
        String resultKey = report.get("processed").get(0).get("resultKey").asText();
        assertTrue(resultKey.startsWith("results/" + key + "@"), resultKey);

        JsonNode result = ContractSchema.assertValid(readResult(resultKey));
        assertEquals("ar", result.get("language").asText());
        assertEquals("2016-08-02", result.get("publishedAt").asText());
        assertEquals(key, result.get("source").get("key").asText());
        String summary = result.get("summary").get("text").asText();
        assertTrue(summary.contains("بنغازي"), summary);
        assertFalse(summary.contains("المصدر"), summary);

        JsonNode note = JSON.readTree(onlyMessage().body());
        assertEquals("ok", note.get("status").asText());
        assertEquals(LocalAwsTestResource.RESULTS_BUCKET, note.get("resultBucket").asText());
        assertEquals(resultKey, note.get("resultKey").asText());
        assertEquals(key, note.get("sourceKey").asText());
        assertEquals("ar", note.get("language").asText());
        assertEquals(result.get("events").size(), note.get("eventCount").asInt());
    }

    @Test
    void anUploadWithoutPublishedAtWhoseEventIsDatedByAWeekdayGetsAResult() throws Exception {
        String key = "undated/aleppo.txt";
        byte[] body = ("An air strike killed five people in Aleppo on Monday, activists said.\n"
                + "The air strike was carried out on Tuesday morning, witnesses said.\n").getBytes(StandardCharsets.UTF_8);
        PutObjectResponse put = upload(key, body, null);
        Response response = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key,
                body.length, put.eTag().replace("\"", "")));
        assertEquals(200, response.statusCode(), response.asString());

        JsonNode note = JSON.readTree(onlyMessage().body());
        assertEquals("ok", note.get("status").asText(), note.toString());
        JsonNode result = ContractSchema.assertValid(readResult(note.get("resultKey").asText()));
        assertTrue(result.path("publishedAt").isNull() || result.path("publishedAt").isMissingNode(), result.toString());
        JsonNode event = result.get("events").get(0);
        assertTrue(event.path("date").isNull() || event.path("date").isMissingNode(), event.toString());
        assertFalse(event.path("dateText").asText("").isBlank(), event.toString());
    }

    @Test
    void sameObjectVersionAlwaysWritesTheSameKey() throws Exception {
        String key = "samples/twice.txt";
        PutObjectResponse put = upload(key, "Police arrested four men in Lyon on Monday, officials said.".getBytes(StandardCharsets.UTF_8), null);
        String event = S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, 10, put.eTag().replace("\"", ""));
        String first = JSON.readTree(LambdaInvoker.invoke(event).asString()).get("processed").get(0).get("resultKey").asText();
        String second = JSON.readTree(LambdaInvoker.invoke(event).asString()).get("processed").get(0).get("resultKey").asText();
        assertEquals(first, second);
        long copies = LocalAwsTestResource.aws.s3().listObjectsV2(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET)
                .prefix("results/" + key)).contents().size();
        assertEquals(1, copies);
    }

    @Test
    void keyWithSpacesAndArabicLettersIsDecoded() throws Exception {
        String key = "اخبار/ليبيا 2016 + تقرير.txt";
        PutObjectResponse put = upload(key, TestFiles.seed(), "2016-08-02");
        String event = S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, 1, put.eTag().replace("\"", ""));
        assertTrue(event.contains("2016+%2B+"), "the event carries the key URL-encoded as S3 does: " + event);
        Response response = LambdaInvoker.invoke(event);
        assertEquals(200, response.statusCode(), response.asString());
        JsonNode note = JSON.readTree(onlyMessage().body());
        assertEquals(key, note.get("sourceKey").asText());
        JsonNode result = ContractSchema.assertValid(readResult(note.get("resultKey").asText()));
        assertEquals(key, result.get("source").get("key").asText());
        assertEquals("ar", result.get("language").asText());
    }

    @Test
    void sqsBatchReportsOnlyTheMessageARetryCanCureAsFailed() throws Exception {
        upload("samples/en-sample-market-blast.txt", TestFiles.bytes(TestFiles.events("articles/en-sample-market-blast.txt")), "2019-03-12");
        upload("samples/fr-sample-manifestation.txt", TestFiles.bytes(TestFiles.events("articles/fr-sample-manifestation.txt")), "2021-06-14");
        Response response = LambdaInvoker.invoke(TestFiles.text(TestFiles.events("sqs-s3-batch.json")));
        assertEquals(200, response.statusCode(), response.asString());
        JsonNode failures = JSON.readTree(response.asString()).get("batchItemFailures");
        assertEquals(1, failures.size(), response.asString());
        assertEquals("msg-4-missing-bucket", failures.get(0).get("itemIdentifier").asText());

        List<String> statuses = new ArrayList<>();
        for (Message m : messages(3)) {
            JsonNode note = JSON.readTree(m.body());
            JsonNode doc = ContractSchema.assertValid(readResult(note.get("resultKey").asText()));
            statuses.add(note.get("status").asText() + ":" + (note.get("language").isNull() ? doc.get("error").get("code").asText()
                    : note.get("language").asText()));
        }
        statuses.sort(null);
        assertEquals(List.of("error:malformed-event", "ok:en", "ok:fr"), statuses);
    }

    @Test
    void missingObjectGivesAnErrorDocumentAndAFailureNotification() throws Exception {
        String key = "samples/deleted-before-processing.txt";
        Response response = LambdaInvoker.invoke(S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, key, 5, "abc"));
        assertEquals(200, response.statusCode(), response.asString());
        JsonNode note = JSON.readTree(onlyMessage().body());
        assertEquals("error", note.get("status").asText());
        assertEquals("object-gone", note.get("errorCode").asText());
        assertTrue(note.get("resultKey").asText().startsWith("errors/"));
        JsonNode doc = ContractSchema.assertValid(readResult(note.get("resultKey").asText()));
        assertEquals("object-gone", doc.get("error").get("code").asText());
    }

    @Test
    void sampleEventFilesRunThroughTheLambdaRuntime() throws Exception {
        upload("samples/" + TestFiles.SEED_NAME, TestFiles.seed(), "2016-08-02");
        upload("اخبار/ليبيا 2016.txt", TestFiles.seed(), "2016-08-02");
        for (String file : List.of("s3-put.json", "s3-put-arabic-key.json")) {
            Response response = LambdaInvoker.invoke(TestFiles.text(TestFiles.events(file)));
            assertEquals(200, response.statusCode(), file + ": " + response.asString());
            JsonNode processed = JSON.readTree(response.asString()).get("processed");
            assertEquals(1, processed.size(), file);
            assertEquals("ok", processed.get(0).get("status").asText(), file);
            assertEquals("ar", processed.get(0).get("language").asText(), file);
        }
        assertEquals(2, messages(2).size());

        Response test = LambdaInvoker.invoke(TestFiles.text(TestFiles.events("s3-test-event.json")));
        assertEquals(200, test.statusCode(), test.asString());
        JsonNode report = JSON.readTree(test.asString());
        assertEquals(0, report.get("processed").size());
        assertEquals(1, report.get("skipped").asInt());
    }

    /**
     * A versioned bucket's notification (AWS's sample put event carries a versionId) against a store without
     * versions: S3Proxy answers 501 to the versioned read, and the function reads the current object instead
     * of failing the invocation.
     */
    @Test
    void versionedEventOnAStoreWithoutVersions() throws Exception {
        upload("samples/" + TestFiles.SEED_NAME, TestFiles.seed(), "2016-08-02");
        String event = TestFiles.text(TestFiles.events("s3-put-versioned.json"));
        assertTrue(event.contains("\"versionId\""), "the sample carries a version");
        Response response = LambdaInvoker.invoke(event);
        assertEquals(200, response.statusCode(), response.asString());
        JsonNode processed = JSON.readTree(response.asString()).get("processed");
        assertEquals(1, processed.size());
        assertEquals("ok", processed.get(0).get("status").asText(), processed.toString());
        // the result key still names the version the event named: a redelivery overwrites the same document
        assertTrue(processed.get(0).get("resultKey").asText().endsWith("@096fKKXTRTtl3on89fVO.nfljtsv6qko.json"),
                processed.toString());
        assertEquals(1, messages(1).size());
    }

    private static PutObjectResponse upload(String key, byte[] body, String publishedAt) {
        return LocalAwsTestResource.aws.s3().putObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key)
                        .contentType("text/plain; charset=utf-8")
                        .metadata(publishedAt == null ? Map.of() : Map.of("published-at", publishedAt)),
                RequestBody.fromBytes(body));
    }

    private static String readResult(String key) {
        return LocalAwsTestResource.aws.s3().getObjectAsBytes(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET).key(key))
                .asUtf8String();
    }

    private static Message onlyMessage() {
        List<Message> all = messages(1);
        assertEquals(1, all.size());
        return all.get(0);
    }

    /** Receives until {@code expected} messages arrived or the queue stays empty (messages are sent before the function returns). */
    private static List<Message> messages(int expected) {
        List<Message> all = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && all.size() < expected; attempt++) {
            all.addAll(LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages());
        }
        for (Message m : all) {
            LocalAwsTestResource.aws.sqs().deleteMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl).receiptHandle(m.receiptHandle()));
        }
        return all;
    }
}
