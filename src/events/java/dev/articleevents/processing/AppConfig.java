package dev.articleevents.processing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Settings of the functions (environment: APP_RESULTS_BUCKET, APP_NOTIFY_QUEUE_URL, ...). */
@ConfigMapping(prefix = "app")
public interface AppConfig {
    /** Bucket the results and error documents go to; must differ from the input bucket. */
    String resultsBucket();

    /** Queue URL that receives one {@link ResultNotification} per processed object. */
    String notifyQueueUrl();

    /** The input bucket, when known: used to refuse a configuration that would re-trigger itself. */
    Optional<String> inputBucket();

    @WithDefault("results/")
    String resultsPrefix();

    @WithDefault("errors/")
    String errorsPrefix();

    /** Larger objects are refused with an error document, without being downloaded. */
    @WithDefault("10485760")
    long maxObjectBytes();

    /**
     * Longer analyses end as the error document {@code too-slow}; keep it well below the function's time-out
     * (a time-out is retried by the queue, a too-slow document is final). 0 = no limit.
     */
    @WithDefault("20000")
    long maxAnalysisMs();
}
