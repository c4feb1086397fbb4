package dev.articleevents.storage;

/** An input object as read from the bucket: its bytes and the metadata the analysis needs. */
public record StoredArticle(byte[] bytes, String contentType, String eTag, String versionId, String publishedAt) {
}
