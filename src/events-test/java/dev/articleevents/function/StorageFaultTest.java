package dev.articleevents.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.local.S3EventJson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Storage down mid-batch: nothing is acknowledged without a result, and the redelivered batch is processed in full. */
@QuarkusTest
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class StorageFaultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PLACES = {"Mosul", "Kirkuk", "Aleppo", "Sirte", "Kabul", "Maiduguri", "Gao", "Mogadishu"};
    private static final String[] TEMPLATES = {
        "A car bomb exploded in %s on Monday, killing %d people, police said.",
        "Clashes between the army and militants near %s on Tuesday left %d fighters dead, officials said.",
        "Hundreds of protesters marched in %s on Saturday against rising prices; police said %d were arrested.",
        "Nothing happened in %s today; the market reopened and %d shops sold bread."};

    @BeforeEach
    void emptyQueue() {
        LocalAwsTestResource.aws.sqs().purgeQueue(b -> b.queueUrl(LocalAwsTestResource.queueUrl));
    }

    private static String sqsBatch(List<String> keys, String prefix) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String body = S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, keys.get(i), 1, "");
            records.add("{\"messageId\":\"" + prefix + i + "\",\"receiptHandle\":\"r" + i + "\",\"body\":" + JSON.valueToTree(body)
                    + ",\"eventSource\":\"aws:sqs\",\"awsRegion\":\"us-east-1\"}");
        }
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    private static void upload(String key, String text) {
        LocalAwsTestResource.aws.s3().putObject(b -> b.bucket(LocalAwsTestResource.INPUT_BUCKET).key(key).contentType("text/plain; charset=utf-8")
                .metadata(Map.of("published-at", "2019-03-12")), RequestBody.fromBytes(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Message> drain() {
        List<Message> all = new ArrayList<>();
        int empty = 0;
        while (empty < 2) {
            List<Message> got = LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(LocalAwsTestResource.queueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            empty = got.isEmpty() ? empty + 1 : 0;
            all.addAll(got);
            if (!got.isEmpty()) {
                LocalAwsTestResource.aws.sqs().deleteMessageBatch(b -> b.queueUrl(LocalAwsTestResource.queueUrl).entries(
                        got.stream().map(m -> software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry.builder()
                                .id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
            }
        }
        return all;
    }

    @Test
    void storageDownMidBatchAcknowledgesNothingAndARetryProcessesAll() throws Exception {
        List<String> keys = List.of("fault/a.txt", "fault/b.txt", "fault/c.txt");
        for (String k : keys) {
            upload(k, String.format(TEMPLATES[0], "Mosul", 3));
        }
        String batch = sqsBatch(keys, "fault-");
        LocalAwsTestResource.aws.stopS3();
        Response down;
        try {
            down = LambdaInvoker.invoke(batch);
        } finally {
            LocalAwsTestResource.aws.restartS3();
        }
        assertEquals(200, down.statusCode(), down.asString());
        assertEquals(3, JSON.readTree(down.asString()).get("batchItemFailures").size(), "every message stays to be retried: " + down.asString());
        assertEquals(0, drain().size(), "no notification without a result");

        Response up = LambdaInvoker.invoke(batch);
        assertEquals(0, JSON.readTree(up.asString()).get("batchItemFailures").size(), up.asString());
        assertEquals(3, drain().size());
        for (String k : keys) {
            assertEquals(1, LocalAwsTestResource.aws.s3().listObjectsV2(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET)
                    .prefix("results/" + k)).contents().size());
        }
    }

}
