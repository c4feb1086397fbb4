package dev.articleevents.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.local.S3EventJson;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.ArrayList;
import java.util.List;

/** SQS-side helpers of the function tests: batches shaped as Lambda delivers them, and draining a queue. */
final class TestQueues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestQueues() {
    }

    /** An SQS event whose message bodies are S3 notifications for the keys (message ids prefix0, prefix1, …). */
    /** Empties the notification queue of the shared local stack, so a test counts only its own messages. */
    static void purgeNotifications() {
        LocalAwsTestResource.aws.sqs().purgeQueue(b -> b.queueUrl(LocalAwsTestResource.queueUrl));
    }

    /** Uploads an article into the input bucket with the publication date the tests' articles are dated by. */
    static void uploadArticle(String key, String text) {
        LocalAwsTestResource.aws.upload(LocalAwsTestResource.INPUT_BUCKET, key, text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("published-at", "2019-03-12"));
    }

    static String sqsBatch(List<String> keys, String prefix) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String body = S3EventJson.objectCreated(LocalAwsTestResource.INPUT_BUCKET, keys.get(i), 1, "");
            records.add("{\"messageId\":\"" + prefix + i + "\",\"receiptHandle\":\"r" + i + "\",\"body\":" + JSON.valueToTree(body)
                    + ",\"eventSource\":\"aws:sqs\",\"awsRegion\":\"us-east-1\"}");
        }
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    /** Receives and deletes everything in the queue until it stays empty for two polls. */
    static List<Message> drain(String queueUrl) {
        List<Message> all = new ArrayList<>();
        int empty = 0;
        while (empty < 2) {
            List<Message> got = LocalAwsTestResource.aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            empty = got.isEmpty() ? empty + 1 : 0;
            all.addAll(got);
            if (!got.isEmpty()) {
                LocalAwsTestResource.aws.sqs().deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(got.stream()
                        .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
            }
        }
        return all;
    }
}
