package dev.articleevents.local;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.io.InputStream;
import java.util.Set;

/**
 * S3Proxy sends no event notifications; this blob store does what S3 would: after each completed write to
 * a watched bucket (put, copy, multipart completion) it tells the listener. Keys starting with
 * ".s3proxy-" are S3Proxy's own multipart bookkeeping and are not announced.
 */
public final class NotifyingBlobStore extends ForwardingBlobStore {
    private final Set<String> watchedBuckets;
    private final ObjectCreatedListener listener;

    public NotifyingBlobStore(BlobStore delegate, Set<String> watchedBuckets, ObjectCreatedListener listener) {
        super(delegate);
        this.watchedBuckets = watchedBuckets;
        this.listener = listener;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream input) {
        PutObjectResponse response = super.putBlob(request, input);
        announce(request.bucket(), request.key());
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        announce(request.destinationBucket(), request.destinationKey());
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload, CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        announce(upload.containerName(), upload.blobName());
        return response;
    }

    private void announce(String bucket, String key) {
        if (!watchedBuckets.contains(bucket) || key.startsWith(".s3proxy-")) {
            return;
        }
        HeadObjectResponse head = delegate().blobMetadata(bucket, key);
        long size = head.contentLength() == null ? 0 : head.contentLength();
        listener.objectCreated(bucket, key, size, head.eTag() == null ? null : head.eTag().replace("\"", ""));
    }
}
