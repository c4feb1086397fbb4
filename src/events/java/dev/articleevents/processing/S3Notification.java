package dev.articleevents.processing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * The S3 event notification JSON, as S3 sends it to Lambda directly or inside an SQS message body. Our own
 * records because Funqy cannot build the AWS library's S3Event (it has no creators). The test event S3
 * sends when a notification is configured has no Records but {@code "Event": "s3:TestEvent"}.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record S3Notification(@JsonProperty("Records") List<Record> records, @JsonProperty("Event") String event,
                             @JsonProperty("Bucket") String bucket) {
    public boolean isTestEvent() {
        return "s3:TestEvent".equals(event);
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Record(String eventSource, String eventName, String eventTime, String awsRegion, S3 s3,
                         java.util.Map<String, String> responseElements) {
        /** S3's id of the request that created the object, for correlating logs. */
        public String requestId() {
            return responseElements == null ? null : responseElements.get("x-amz-request-id");
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3(Bucket bucket, S3Object object) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(String name, String arn) {
    }

    /** {@code key} is URL-encoded as S3 sends it ('+' for a space). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3Object(String key, Long size, String eTag, String versionId, String sequencer) {
    }
}
