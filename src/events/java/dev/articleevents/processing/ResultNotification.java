package dev.articleevents.processing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * The message announced on the notification queue for every processed object: where the result is, what
 * it came from, and a short digest (one line per event) — never the article text.
 * status is "ok" or "error" (then errorCode says why and resultKey points at the error document).
 */
@RegisterForReflection
public record ResultNotification(String status, String resultBucket, String resultKey, String sourceBucket,
                                 String sourceKey, String sourceVersionId, String language, int eventCount,
                                 List<String> digest, String errorCode) {
}
