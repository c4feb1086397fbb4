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
    private static final String ARTICLE = "A car bomb exploded in Mosul on Monday, killing 3 people, police said.";

    @BeforeEach
    void emptyQueue() {
        TestQueues.purgeNotifications();
    }



    @Test
    void storageDownMidBatchAcknowledgesNothingAndARetryProcessesAll() throws Exception {
        List<String> keys = List.of("fault/a.txt", "fault/b.txt", "fault/c.txt");
        for (String k : keys) {
            TestQueues.uploadArticle(k, ARTICLE);
        }
        String batch = TestQueues.sqsBatch(keys, "fault-");
        LocalAwsTestResource.aws.stopS3();
        Response down;
        try {
            down = LambdaInvoker.invoke(batch);
        } finally {
            LocalAwsTestResource.aws.restartS3();
        }
        assertEquals(200, down.statusCode(), down.asString());
        assertEquals(3, JSON.readTree(down.asString()).get("batchItemFailures").size(), "every message stays to be retried: " + down.asString());
        assertEquals(0, TestQueues.drain(LocalAwsTestResource.queueUrl).size(), "no notification without a result");

        Response up = LambdaInvoker.invoke(batch);
        assertEquals(0, JSON.readTree(up.asString()).get("batchItemFailures").size(), up.asString());
        assertEquals(3, TestQueues.drain(LocalAwsTestResource.queueUrl).size());
        for (String k : keys) {
            assertEquals(1, LocalAwsTestResource.aws.s3().listObjectsV2(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET)
                    .prefix("results/" + k)).contents().size());
        }
    }

}
