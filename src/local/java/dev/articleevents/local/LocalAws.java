package dev.articleevents.local;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An S3-compatible server (S3Proxy, in memory) and an SQS-compatible server (ElasticMQ) on 127.0.0.1,
 * with SDK clients for them. Port 0 picks free ports (tests); the local stack uses fixed ones. Writes to
 * the watched buckets are announced to the listener, as S3 event notifications would be.
 */
public final class LocalAws implements AutoCloseable {
    public static final String ACCESS_KEY = "ak";
    public static final String SECRET_KEY = "sk";
    public static final String REGION = "us-east-1";
    private S3Proxy s3proxy;
    private final org.gaul.s3proxy.blobstore.BlobStore blobStore;
    private final int s3Port;
    private final SQSRestServer sqsServer;
    private final int sqsPort;
    private final S3Client s3;
    private final SqsClient sqs;

    private LocalAws(S3Proxy s3proxy, org.gaul.s3proxy.blobstore.BlobStore blobStore, SQSRestServer sqsServer, int sqsPort) {
        this.s3proxy = s3proxy;
        this.blobStore = blobStore;
        this.s3Port = s3proxy.getPort();
        this.sqsServer = sqsServer;
        this.sqsPort = sqsPort;
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
        // More attempts than the SDK's 4: the JDK's connection cache (shared with the function under test, in
        // the same JVM) can hand out several connections the embedded server has closed in a row, and each
        // failed attempt drops one ("Error writing request body to server", seen in the load and S3 tests)
        this.s3 = S3Client.builder().endpointOverride(URI.create(s3Endpoint())).forcePathStyle(true)
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(10)))
                .region(Region.of(REGION)).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
        this.sqs = SqsClient.builder().endpointOverride(URI.create(sqsEndpoint()))
                .region(Region.of(REGION)).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static LocalAws start(int s3Port, int sqsPort, Set<String> watchedBuckets, ObjectCreatedListener listener)
            throws Exception {
        org.gaul.s3proxy.blobstore.BlobStore store = new NotifyingBlobStore(new TransientNio2BlobStore(), watchedBuckets, listener);
        S3Proxy proxy = startS3Proxy(store, s3Port);
        org.elasticmq.rest.sqs.TheSQSRestServerBuilder builder = SQSRestServerBuilder.withInterface("127.0.0.1").withAWSRegion(REGION);
        builder = sqsPort == 0 ? builder.withDynamicPort()
                : builder.withPort(sqsPort).withServerAddress(new NodeAddress("http", "127.0.0.1", sqsPort, ""));
        SQSRestServer server = builder.start();
        int actualSqsPort = server.waitUntilStarted().localAddress().getPort();
        return new LocalAws(proxy, store, server, actualSqsPort);
    }

    private static S3Proxy startS3Proxy(org.gaul.s3proxy.blobstore.BlobStore store, int port) throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .stopTimeout(0)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            if ("FAILED".equals(proxy.getState()) || "STOPPED".equals(proxy.getState())) {
                throw new java.io.IOException("S3 did not start on port " + port + " (state " + proxy.getState() + ")");
            }
            Thread.sleep(5);
        }
        return proxy;
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + s3Port;
    }

    public String sqsEndpoint() {
        return "http://127.0.0.1:" + sqsPort;
    }

    public S3Client s3() {
        return s3;
    }

    public SqsClient sqs() {
        return sqs;
    }

    /**
     * Uploads an object. The JDK's URL connection sometimes reuses a keep-alive connection the embedded
     * server has just closed ("Unexpected end of file from server", "Error writing request body to server").
     * Its cache holds up to five connections per server, so all four attempts of the SDK can meet stale ones
     * (seen once in 2 000 uploads); each failed attempt drops one, so a few more attempts reach a fresh one.
     */
    public void upload(String bucket, String key, byte[] body, java.util.Map<String, String> metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(b -> b.bucket(bucket).key(key).contentType("text/plain; charset=utf-8").metadata(metadata),
                        software.amazon.awssdk.core.sync.RequestBody.fromBytes(body));
                return;
            } catch (java.io.UncheckedIOException | software.amazon.awssdk.core.exception.SdkClientException e) {
                if (attempt == 4) {
                    throw e;
                }
            }
        }
    }

    public void createBucket(String name) {
        s3.createBucket(b -> b.bucket(name));
    }

    /** Creates the queue and answers its URL. */
    public String createQueue(String name, Map<String, String> attributes) {
        Map<software.amazon.awssdk.services.sqs.model.QueueAttributeName, String> attrs = new HashMap<>();
        attributes.forEach((k, v) -> attrs.put(software.amazon.awssdk.services.sqs.model.QueueAttributeName.fromValue(k), v));
        return sqs.createQueue(b -> b.queueName(name).attributes(attrs)).queueUrl();
    }

    /** Quarkus configuration that points the application's S3 and SQS clients at these servers. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new HashMap<>();
        for (String service : new String[]{"s3", "sqs"}) {
            String endpoint = service.equals("s3") ? s3Endpoint() : sqsEndpoint();
            config.put("quarkus." + service + ".endpoint-override", endpoint);
            config.put("quarkus." + service + ".aws.region", REGION);
            config.put("quarkus." + service + ".aws.credentials.type", "static");
            config.put("quarkus." + service + ".aws.credentials.static-provider.access-key-id", ACCESS_KEY);
            config.put("quarkus." + service + ".aws.credentials.static-provider.secret-access-key", SECRET_KEY);
        }
        config.put("quarkus.s3.path-style-access", "true");
        return config;
    }

    /** Stops the S3 server only (fault tests); the SQS server keeps running and the stored objects are kept. */
    public void stopS3() throws Exception {
        s3proxy.stop();
    }

    /** Starts the S3 server again on the same port with the same objects. */
    public void restartS3() throws Exception {
        s3proxy = startS3Proxy(blobStore, s3Port);
    }

    @Override
    public void close() throws Exception {
        s3.close();
        sqs.close();
        s3proxy.stop();
        sqsServer.stopAndWait();
    }
}
