package dev.articleevents.processing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** What one invocation did: one entry per object, and the S3 records it skipped (test events). */
@RegisterForReflection
public record ProcessingReport(List<ResultNotification> processed, int skipped) {
}
