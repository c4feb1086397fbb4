package dev.articleevents.processing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** Lambda's partial batch response: the messages to retry (they reach the dead-letter queue after maxReceiveCount). */
@RegisterForReflection
public record SqsBatchResponse(List<ItemFailure> batchItemFailures) {
    @RegisterForReflection
    public record ItemFailure(String itemIdentifier) {
    }
}
