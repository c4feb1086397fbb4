package dev.articleevents.storage;

/** The object is over the configured size limit; it was not downloaded. */
public final class ObjectTooLargeException extends RuntimeException {
    public ObjectTooLargeException(long size, long limit) {
        super("the object is " + size + " bytes, over the limit of " + limit + " bytes (app.max-object-bytes)");
    }
}
