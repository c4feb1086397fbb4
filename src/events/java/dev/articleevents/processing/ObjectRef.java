package dev.articleevents.processing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** One input object to process: bucket, decoded key and, when the bucket is versioned, the version. */
public record ObjectRef(String bucket, String key, String versionId, String eTag) {

    /** S3 notifications URL-encode keys with '+' for a space; this is the key the S3 API expects. */
    public static ObjectRef fromRecord(S3Notification.Record record) {
        if (record.s3() == null || record.s3().bucket() == null || record.s3().object() == null
                || record.s3().object().key() == null) {
            throw new MalformedEventException("S3 record without bucket name or object key");
        }
        S3Notification.S3Object o = record.s3().object();
        String key;
        try {
            key = URLDecoder.decode(o.key(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("object key is not URL-encoded as S3 sends it: " + e.getMessage());
        }
        return new ObjectRef(record.s3().bucket().name(), key, emptyToNull(o.versionId()), emptyToNull(o.eTag()));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
