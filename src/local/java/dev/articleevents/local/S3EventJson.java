package dev.articleevents.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds the JSON of an S3 ObjectCreated:Put notification, keys URL-encoded as S3 does ('+' for a space). */
public final class S3EventJson {
    private S3EventJson() {
    }

    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    public static String objectCreated(String bucket, String key, long size, String eTag) {
        return "{\"Records\":[" + record(bucket, key, size, eTag) + "]}";
    }

    public static String record(String bucket, String key, long size, String eTag) {
        return """
                {"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventTime":"%s",\
                "eventName":"ObjectCreated:Put","s3":{"s3SchemaVersion":"1.0","configurationId":"local-stack",\
                "bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},\
                "object":{"key":"%s","size":%d,"eTag":"%s","sequencer":"%016X"}}}"""
                .formatted(Instant.now(), bucket, bucket, encodeKey(key), size, eTag == null ? "" : eTag, System.nanoTime());
    }
}
