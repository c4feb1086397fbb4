package dev.articleevents.reprocess;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-runs the analysis over everything under a bucket prefix: lists the objects page by page and puts one
 * S3-shaped ObjectCreated notification per object on the input queue, ten per SendMessageBatch. The
 * functions then scale out on the queue (up to their reserved concurrency). Safe to re-run: result keys are
 * deterministic (input key + ETag), so a second pass overwrites and adds nothing. Resumable: each page
 * ends with a {@link Progress} carrying the continuation token to start from after an interruption.
 */
public final class Reprocessor {
    private final S3Client s3;
    private final SqsClient sqs;
    private final int pageSize;

    public Reprocessor(S3Client s3, SqsClient sqs) {
        this(s3, sqs, 1000);
    }

    public Reprocessor(S3Client s3, SqsClient sqs, int pageSize) {
        this.s3 = s3;
        this.sqs = sqs;
        this.pageSize = pageSize;
    }

    /** Where a run is: objects enqueued so far and the token of the next page (null when done). */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record Progress(long enqueued, String nextContinuationToken, boolean done) {
    }

    /**
     * @param startToken continuation token to resume from, or null
     * @param maxObjects stop after about this many objects (a page boundary), or 0 for all — a Lambda
     *                   invocation uses it to stay within its time limit and returns the token
     * @param onPage     told after every page
     */
    public Progress run(String bucket, String prefix, String queueUrl, String startToken, long maxObjects,
                        Consumer<Progress> onPage) {
        long enqueued = 0;
        String token = startToken;
        do {
            String current = token;
            ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).maxKeys(pageSize).continuationToken(current));
            List<S3Object> objects = page.contents().stream().filter(o -> !o.key().endsWith("/")).toList();
            for (int i = 0; i < objects.size(); i += 10) {
                send(bucket, objects.subList(i, Math.min(objects.size(), i + 10)), queueUrl);
            }
            enqueued += objects.size();
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
            Progress p = new Progress(enqueued, token, token == null);
            onPage.accept(p);
            if (maxObjects > 0 && enqueued >= maxObjects) {
                return p;
            }
        } while (token != null);
        return new Progress(enqueued, null, true);
    }

    private void send(String bucket, List<S3Object> objects, String queueUrl) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(notification(bucket, objects.get(i))).build());
        }
        SendMessageBatchResponse r = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        if (!r.failed().isEmpty()) {
            throw new IllegalStateException("the queue refused " + r.failed().size() + " messages: " + r.failed().get(0).message());
        }
    }

    /** The notification S3 would have sent for the object (key URL-encoded, '+' for a space). */
    static String notification(String bucket, S3Object o) {
        String key = URLEncoder.encode(o.key(), StandardCharsets.UTF_8).replace("%2F", "/");
        String eTag = o.eTag() == null ? "" : o.eTag().replace("\"", "");
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventTime\":\"" + Instant.now()
                + "\",\"eventName\":\"ObjectCreated:Reprocess\",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\""
                + bucket + "\",\"arn\":\"arn:aws:s3:::" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":"
                + (o.size() == null ? 0 : o.size()) + ",\"eTag\":\"" + eTag + "\"}}}]}";
    }
}
