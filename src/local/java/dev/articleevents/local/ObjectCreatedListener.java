package dev.articleevents.local;

/** Told about every object written to a watched bucket, after the write completed. */
@FunctionalInterface
public interface ObjectCreatedListener {
    void objectCreated(String bucket, String key, long size, String eTag);
}
