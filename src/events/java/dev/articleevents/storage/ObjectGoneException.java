package dev.articleevents.storage;

/** The object named by the event no longer exists (deleted before we got to it). */
public final class ObjectGoneException extends RuntimeException {
    public ObjectGoneException(String bucket, String key) {
        super("s3://" + bucket + "/" + key + " no longer exists (deleted before processing?)");
    }
}
