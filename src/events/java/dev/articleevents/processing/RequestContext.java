package dev.articleevents.processing;

import org.jboss.logging.MDC;

/**
 * Log context of the work in progress: the request id (the SQS message id, or the S3 request id of a direct
 * notification) and the object key, put in the logging MDC so that every log line — JSON in production —
 * carries them.
 */
public final class RequestContext {
    public static final String REQUEST_ID = "requestId";
    public static final String OBJECT_KEY = "objectKey";

    private RequestContext() {
    }

    public static void set(String requestId, String objectKey) {
        if (requestId != null) {
            MDC.put(REQUEST_ID, requestId);
        } else {
            MDC.remove(REQUEST_ID);
        }
        if (objectKey != null) {
            MDC.put(OBJECT_KEY, objectKey);
        } else {
            MDC.remove(OBJECT_KEY);
        }
    }

    /** The request id of the work in progress, or null. */
    public static String requestId() {
        return MDC.get(REQUEST_ID) instanceof String id ? id : null;
    }

    public static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(OBJECT_KEY);
    }
}
