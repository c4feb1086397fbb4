package dev.articleevents.storage;

/** The object is over the configured size limit; it was not downloaded. */
public final class ObjectTooLargeException extends RuntimeException {
    private final long size;

    public ObjectTooLargeException(long size, long limit) {
        super("the object is " + size + " bytes, over the limit of " + limit + " bytes (app.max-object-bytes)");
        this.size = size;
    }

    /** The object's size as S3 reported it (HEAD). */
    public long size() {
        return size;
    }
}
