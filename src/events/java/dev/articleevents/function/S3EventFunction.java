package dev.articleevents.function;

import dev.articleevents.processing.ArticleProcessor;
import dev.articleevents.processing.MalformedEventException;
import dev.articleevents.processing.ObjectRef;
import dev.articleevents.processing.ProcessingReport;
import dev.articleevents.processing.ResultNotification;
import dev.articleevents.processing.S3Notification;
import io.quarkus.funqy.Funq;

import java.util.ArrayList;
import java.util.List;

/**
 * The S3 event function. Deployed behind S3 directly, it receives the notification; behind S3 → SQS,
 * Funqy's SQS handling calls it once per message with the message body (the same notification) and turns
 * an exception into a batch item failure for that message only, so one bad message neither replays nor
 * loses the others.
 */
public class S3EventFunction {
    private final ArticleProcessor processor;

    public S3EventFunction(ArticleProcessor processor) {
        this.processor = processor;
    }

    @Funq("analyze-s3-event")
    public ProcessingReport analyzeS3Event(S3Notification notification) {
        if (notification == null) {
            throw new MalformedEventException("empty event");
        }
        if (notification.isTestEvent()) {
            return new ProcessingReport(List.of(), 1);
        }
        if (notification.records() == null || notification.records().isEmpty()) {
            throw new MalformedEventException("not an S3 notification: no Records and not s3:TestEvent");
        }
        List<ResultNotification> processed = new ArrayList<>();
        int skipped = 0;
        for (S3Notification.Record record : notification.records()) {
            if (record.eventName() != null && !record.eventName().startsWith("ObjectCreated")) {
                skipped++;
                continue;
            }
            processed.add(processor.process(ObjectRef.fromRecord(record)));
        }
        return new ProcessingReport(processed, skipped);
    }
}
