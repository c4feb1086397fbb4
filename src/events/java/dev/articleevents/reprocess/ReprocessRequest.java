package dev.articleevents.reprocess;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Input of the reprocess function: what to list and where to enqueue; {@code continuationToken} resumes a
 * run, {@code maxObjects} bounds one invocation (the answer carries the token for the next one).
 */
@RegisterForReflection
public record ReprocessRequest(String bucket, String prefix, String queueUrl, String continuationToken, long maxObjects) {
}
