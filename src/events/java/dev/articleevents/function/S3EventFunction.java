package dev.articleevents.function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.processing.EventDispatcher;
import io.quarkus.funqy.Funq;

/**
 * The events function: S3 notifications delivered directly, or SQS batches of them (S3 → SQS → function,
 * answering with partial batch failures). Funqy's own SQS handling is switched off
 * ({@code quarkus.funqy.amazon-lambda.advanced-event-handling.enabled=false}) so that a malformed message
 * body reaches us and becomes an error document instead of an endless retry.
 */
public class S3EventFunction {
    private final EventDispatcher dispatcher;

    public S3EventFunction(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Funq("analyze-s3-event")
    public Object analyzeS3Event(JsonNode event) {
        return dispatcher.dispatch(event);
    }
}
