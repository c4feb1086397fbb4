package dev.articleevents.storage;

import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.nio.charset.StandardCharsets;

/** Writes result and error documents (JSON) to the results bucket. */
@ApplicationScoped
public class ResultStore {
    private final S3Client s3;

    public ResultStore(S3Client s3) {
        this.s3 = s3;
    }

    public void write(String bucket, String key, String json) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key)
                        .contentType("application/json; charset=utf-8").build(),
                RequestBody.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
    }
}
