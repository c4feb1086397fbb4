package dev.articleevents.core.model;

/**
 * What the caller knows about the bytes besides the bytes: origin, declared content type and publication
 * date as given (ISO date or date-time; the core parses it and warns when it cannot).
 */
public record ArticleMeta(String bucket, String key, String versionId, String eTag, String contentType,
                          String publishedAt) {
    public static ArticleMeta of(String contentType, String publishedAt) {
        return new ArticleMeta(null, null, null, null, contentType, publishedAt);
    }
}
