package dev.articleevents.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.reprocess.Reprocessor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Reprocessing a prefix of 500 objects: notifications on the input queue, the function fed from the queue
 * as Lambda's poller would, 500 results; an interrupted run resumes from its continuation token; a second
 * full run adds no result.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class ReprocessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Feeds the queue to the function in batches of ten as Lambda's poller does: messages the function reports
     * as failed are not deleted and come back after the visibility timeout; returns how many were acknowledged.
     */
    private static int drainIntoFunction(String queueUrl) throws Exception {
        int acknowledged = 0;
        int empty = 0;
        while (empty < 3) {
            List<Message> batch = LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            if (batch.isEmpty()) {
                empty++;
                continue;
            }
            empty = 0;
            List<String> records = new ArrayList<>();
            for (Message m : batch) {
                records.add("{\"messageId\":\"" + m.messageId() + "\",\"body\":" + JSON.valueToTree(m.body()) + ",\"eventSource\":\"aws:sqs\"}");
            }
            // a batch is idempotent (results keyed by content, notifications counted by key), so it may be sent again
            Response r = LambdaInvoker.invokeAgainIfUnanswered("{\"Records\":[" + String.join(",", records) + "]}", 45_000, 3);
            assertEquals(200, r.statusCode(), r.asString());
            Set<String> failed = new HashSet<>();
            JSON.readTree(r.asString()).get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
            List<Message> done = batch.stream().filter(m -> !failed.contains(m.messageId())).toList();
            if (!done.isEmpty()) {
                LocalAwsTestResource.aws.sqs().deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done.stream()
                        .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
            }
            acknowledged += done.size();
        }
        return acknowledged;
    }

    private static int results() {
        return LocalAwsTestResource.aws.s3().listObjectsV2Paginator(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET).prefix("results/archive/"))
                .contents().stream().mapToInt(o -> 1).sum();
    }

    @Test
    void fiveHundredObjectsResumableAndSafeToRerun() throws Exception {
        for (int i = 0; i < 500; i++) {
            String key = String.format("archive/2016/%03d.txt", i);
            String text = "Clashes broke out in Sirte on Monday between government forces and militants, officials said. Report " + i + ".";
            LocalAwsTestResource.aws.upload(LocalAwsTestResource.INPUT_BUCKET, key, text.getBytes(StandardCharsets.UTF_8),
                    Map.of("published-at", "2016-08-02"));
        }
        // a failed message comes back after one second, as it would after the queue's visibility timeout in AWS
        String inputQueue = LocalAwsTestResource.aws.createQueue("input-events", Map.of("VisibilityTimeout", "1"));
        Reprocessor reprocessor = new Reprocessor(LocalAwsTestResource.aws.s3(), LocalAwsTestResource.aws.sqs(), 100);

        // interrupted after two pages...
        List<Reprocessor.Progress> pages = new ArrayList<>();
        Reprocessor.Progress partial = reprocessor.run(LocalAwsTestResource.INPUT_BUCKET, "archive/", inputQueue, null, 200, pages::add);
        assertEquals(200, partial.enqueued());
        assertFalse(partial.done());
        assertNotNull(partial.nextContinuationToken());
        // ...and resumed from its token
        Reprocessor.Progress rest = reprocessor.run(LocalAwsTestResource.INPUT_BUCKET, "archive/", inputQueue, partial.nextContinuationToken(), 0, pages::add);
        assertEquals(300, rest.enqueued());
        System.out.println("reprocess progress per page: " + pages.stream().map(Reprocessor.Progress::enqueued).toList());

        assertEquals(500, drainIntoFunction(inputQueue));
        assertEquals(500, results());
        Set<String> notified = new HashSet<>();
        for (Message m : TestQueues.drain(LocalAwsTestResource.queueUrl)) {
            notified.add(JSON.readTree(m.body()).get("sourceKey").asText());
        }
        assertEquals(500, notified.size());

        // a second full run re-analyses everything and adds no result
        Reprocessor.Progress again = reprocessor.run(LocalAwsTestResource.INPUT_BUCKET, "archive/", inputQueue, null, 0, p -> { });
        assertEquals(500, again.enqueued());
        assertEquals(500, drainIntoFunction(inputQueue));
        assertEquals(500, results());
    }
}
