package dev.articleevents.core.model;

/** Where the analysed bytes came from; bucket, key, versionId and eTag are null over HTTP. */
public record SourceInfo(String bucket, String key, String versionId, String eTag, long size,
                         String contentType, String sha256) {
}
