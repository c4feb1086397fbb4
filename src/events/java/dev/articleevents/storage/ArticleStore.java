package dev.articleevents.storage;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Map;

/** Reads input objects. The size is checked with HEAD first so that an oversized object is never downloaded. */
@ApplicationScoped
public class ArticleStore {
    private static final Logger LOG = Logger.getLogger(ArticleStore.class);
    static final String PUBLISHED_AT = "published-at";
    private final S3Client s3;

    public ArticleStore(S3Client s3) {
        this.s3 = s3;
    }

    public StoredArticle read(String bucket, String key, String versionId, long maxBytes) {
        try {
            return readVersion(bucket, key, versionId, maxBytes);
        } catch (S3Exception e) {
            if (versionId == null || e.statusCode() != 501) {
                throw e;
            }
            // S3-compatible stores without versioning (S3Proxy in the local stack) answer 501 to a versioned
            // read; S3 itself never does. The current object is the version the event names unless it was
            // overwritten since, so read that, and say so.
            LOG.warnf("s3://%s/%s: the store does not support versioned reads (501); reading the current object instead of version %s",
                    bucket, key, versionId);
            return readVersion(bucket, key, null, maxBytes);
        }
    }

    private StoredArticle readVersion(String bucket, String key, String versionId, long maxBytes) {
        try {
            HeadObjectResponse head = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).versionId(versionId).build());
            if (head.contentLength() != null && head.contentLength() > maxBytes) {
                throw new ObjectTooLargeException(head.contentLength(), maxBytes);
            }
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(GetObjectRequest.builder()
                    .bucket(bucket).key(key).versionId(versionId).build());
            GetObjectResponse r = object.response();
            return new StoredArticle(object.asByteArray(), r.contentType(), unquote(r.eTag()), r.versionId(),
                    metadataValue(r.metadata(), PUBLISHED_AT));
        } catch (NoSuchKeyException e) {
            // the SDK reports any HEAD 404 as NoSuchKey, missing bucket included
            if (bucketExists(bucket)) {
                throw new ObjectGoneException(bucket, key);
            }
            throw e;
        } catch (S3Exception e) {
            // HEAD answers a bare 404 for a missing object and for a missing bucket alike; only the first is
            // the object's problem — a missing bucket is a deployment problem that must surface and be retried
            if (e.statusCode() == 404 && bucketExists(bucket)) {
                throw new ObjectGoneException(bucket, key);
            }
            throw e;
        }
    }

    private boolean bucketExists(String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** S3 lower-cases user-metadata keys but S3-compatible servers may not: look them up ignoring case. */
    static String metadataValue(Map<String, String> metadata, String name) {
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static String unquote(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
