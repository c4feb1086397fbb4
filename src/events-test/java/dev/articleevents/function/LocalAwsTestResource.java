package dev.articleevents.function;

import dev.articleevents.local.LocalAws;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.Set;

/**
 * Starts real S3 and SQS protocol servers on free loopback ports for the Quarkus tests, creates the
 * input and results buckets and the notification queue, and points the application at them.
 */
public class LocalAwsTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String INPUT_BUCKET = "articles-in";
    public static final String RESULTS_BUCKET = "articles-results";
    /** Small, so that the size-limit test needs no big upload. */
    public static final long MAX_OBJECT_BYTES = 256 * 1024;
    static volatile LocalAws aws;
    static volatile String queueUrl;

    @Override
    public Map<String, String> start() {
        try {
            aws = LocalAws.start(0, 0, Set.of(), (bucket, key, size, eTag) -> { });
            aws.createBucket(INPUT_BUCKET);
            aws.createBucket(RESULTS_BUCKET);
            queueUrl = aws.createQueue("article-results", Map.of());
            Map<String, String> config = new java.util.HashMap<>(aws.quarkusConfig());
            config.put("app.input-bucket", INPUT_BUCKET);
            config.put("app.results-bucket", RESULTS_BUCKET);
            config.put("app.notify-queue-url", queueUrl);
            config.put("app.max-object-bytes", Long.toString(MAX_OBJECT_BYTES));
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded S3/SQS servers", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (aws != null) {
                aws.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
