package dev.articleevents.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.json.AnalysisJson;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes what Lambda delivers to the processor:
 * <ul>
 *   <li>an S3 notification (S3 → function): every ObjectCreated record is processed; a failure of storage or
 *       queue propagates, so that Lambda retries the invocation and finally sends it to the function's
 *       dead-letter destination;</li>
 *   <li>an SQS batch (S3 → SQS → function): each message is processed on its own and the answer lists only
 *       the messages that failed for a reason a retry can cure (storage or queue unreachable, missing
 *       bucket); a message whose body is not an S3 notification cannot be cured by retrying, so it gets an
 *       error document and a failure notification and is acknowledged — never silently dropped;</li>
 *   <li>the s3:TestEvent S3 sends when a notification is configured: skipped.</li>
 * </ul>
 */
@ApplicationScoped
public class EventDispatcher {
    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);
    private final ArticleProcessor processor;

    public EventDispatcher(ArticleProcessor processor) {
        this.processor = processor;
    }

    public Object dispatch(JsonNode event) {
        try {
            return route(event);
        } finally {
            RequestContext.clear();
        }
    }

    private Object route(JsonNode event) {
        if (event == null || !event.isObject()) {
            throw new MalformedEventException("the event is not a JSON object");
        }
        if ("s3:TestEvent".equals(event.path("Event").asText())) {
            return new ProcessingReport(List.of(), 1);
        }
        JsonNode records = event.path("Records");
        if (!records.isArray() || records.isEmpty()) {
            throw new MalformedEventException("not an S3 notification or SQS batch: no Records and not s3:TestEvent");
        }
        if ("aws:sqs".equals(records.get(0).path("eventSource").asText())) {
            return sqsBatch(records);
        }
        return s3Records(read(event.toString()), null);
    }

    /** @param messageId the SQS message carrying the notification, or null for a direct S3 invocation */
    private ProcessingReport s3Records(S3Notification notification, String messageId) {
        if (notification.isTestEvent()) {
            return new ProcessingReport(List.of(), 1);
        }
        if (notification.records() == null || notification.records().isEmpty()) {
            throw new MalformedEventException("not an S3 notification: no Records");
        }
        List<ResultNotification> processed = new ArrayList<>();
        int skipped = 0;
        for (S3Notification.Record record : notification.records()) {
            if (record.eventName() != null && !record.eventName().startsWith("ObjectCreated")) {
                skipped++;
                continue;
            }
            ObjectRef ref = ObjectRef.fromRecord(record);
            RequestContext.set(messageId != null ? messageId : record.requestId(), ref.key());
            processed.add(processor.process(ref));
        }
        return new ProcessingReport(processed, skipped);
    }

    private SqsBatchResponse sqsBatch(JsonNode records) {
        List<SqsBatchResponse.ItemFailure> failures = new ArrayList<>();
        for (JsonNode message : records) {
            String id = message.path("messageId").asText(null);
            String body = message.path("body").asText("");
            RequestContext.set(id, null);
            try {
                S3Notification notification;
                try {
                    notification = read(body);
                    s3Records(notification, id);
                } catch (MalformedEventException e) {
                    processor.rejectMessage(id, body, e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warnf("message %s failed and will be retried: %s", id, e.toString());
                failures.add(new SqsBatchResponse.ItemFailure(id));
            }
        }
        return new SqsBatchResponse(failures);
    }

    private static S3Notification read(String json) {
        try {
            return AnalysisJson.mapper().readValue(json, S3Notification.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("message body is not an S3 notification: " + e.getOriginalMessage());
        }
    }
}
