package dev.articleevents.cli;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/**
 * SDK clients for the command-line tools: credentials and region from the usual AWS environment
 * (AWS_ACCESS_KEY_ID…, AWS_REGION, default us-east-1); an endpoint override for S3-compatible servers
 * such as the local stack (path-style addressing then).
 */
final class AwsClients {
    private AwsClients() {
    }

    static S3Client s3(String endpoint) {
        var b = S3Client.builder().region(region()).httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null) {
            b.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return b.build();
    }

    static SqsClient sqs(String endpoint) {
        var b = SqsClient.builder().region(region()).httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null) {
            b.endpointOverride(URI.create(endpoint));
        }
        return b.build();
    }

    private static Region region() {
        String r = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
        return Region.of(r == null ? "us-east-1" : r);
    }

    /** s3://bucket/prefix → {bucket, prefix}. */
    static String[] bucketAndPrefix(String s3Url) {
        if (!s3Url.startsWith("s3://")) {
            throw new IllegalArgumentException("expected s3://bucket/prefix, got " + s3Url);
        }
        String rest = s3Url.substring(5);
        int slash = rest.indexOf('/');
        return slash < 0 ? new String[]{rest, ""} : new String[]{rest.substring(0, slash), rest.substring(slash + 1)};
    }
}
