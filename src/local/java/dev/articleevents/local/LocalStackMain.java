package dev.articleevents.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * README command 1, part one: S3 (S3Proxy) and SQS (ElasticMQ) on 127.0.0.1, the buckets and the queue,
 * S3-shaped ObjectCreated notifications for every write to the input bucket delivered to the function in
 * {@code quarkus:dev} (started by the same Maven command), the sample articles uploaded, and a table of
 * results. Runs until stopped (Ctrl+C), so that more files can be dropped with the aws CLI.
 */
public final class LocalStackMain {
    static final String INPUT_BUCKET = "articles-in";
    static final String RESULTS_BUCKET = "articles-results";
    static final String QUEUE = "article-results";
    /** Fed by ./reprocess; polled here the way Lambda's SQS poller feeds the function in AWS. */
    static final String INPUT_QUEUE = "input-events";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Patience for one event, as a deployed function's time-out (the first one waits for dev mode to start). */
    static final Duration FUNCTION_TIMEOUT = Duration.ofMinutes(5);
    /** API Gateway's payload limit is 10 MB; the functions take objects up to 10 MiB. */
    static final long MAX_BODY_BYTES = 10 * 1024 * 1024;
    static final Path EXPORTS = Path.of("target", "local-stack");
    /** What this run processed, for the exports (written by the delivery thread and the poller). */
    private static ProcessedResults processed;

    public static void main(String[] args) throws Exception {
        int s3Port = Integer.getInteger("local.s3.port", 9000);
        int sqsPort = Integer.getInteger("local.sqs.port", 9324);
        int lambdaPort = Integer.getInteger("local.lambda.port", 8080);
        int httpPort = Integer.getInteger("local.http.port", 8090);
        int httpRuntimePort = Integer.getInteger("local.http.runtime.port", 8091);
        boolean http = Boolean.parseBoolean(System.getProperty("local.http.enabled", "true"));
        Path articles = Path.of(System.getProperty("local.articles", "events/articles"));

        Map<Integer, String> ports = new java.util.LinkedHashMap<>();
        ports.put(s3Port, "S3");
        ports.put(sqsPort, "SQS");
        ports.put(lambdaPort, "events function's Runtime API");
        if (http) {
            ports.put(httpPort, "HTTP API");
            ports.put(httpRuntimePort, "HTTP function's Runtime API");
        }
        try {
            LocalPorts.requireFree(ports);
        } catch (IOException e) {
            System.err.println("local stack: " + e.getMessage());
            System.exit(1);
        }
        ExecutorService deliveries = Executors.newSingleThreadExecutor();
        // the functions (quarkus:dev, started by the same Maven command) poll these, as Lambda's runtime does
        LambdaRuntimeApi function = LambdaRuntimeApi.start(lambdaPort, FUNCTION_TIMEOUT);
        LambdaRuntimeApi httpFunction = http ? LambdaRuntimeApi.start(httpRuntimePort, FUNCTION_TIMEOUT) : null;
        HttpGateway gateway = http ? HttpGateway.start(httpPort, httpFunction, MAX_BODY_BYTES) : null;
        ResultTable table = new ResultTable(System.out);
        LocalAws[] holder = new LocalAws[1];
        LocalAws aws = LocalAws.start(s3Port, sqsPort, Set.of(INPUT_BUCKET),
                (bucket, key, size, eTag) -> deliveries.submit(() -> deliver(function, holder[0], table, bucket, key, size, eTag)));
        holder[0] = aws;
        processed = new ProcessedResults(EXPORTS, aws.s3());
        function.onHandFedAnswer(reply -> deliveries.submit(() -> showHandFed(aws, table, reply)));
        aws.createBucket(INPUT_BUCKET);
        aws.createBucket(RESULTS_BUCKET);
        String queueUrl = aws.createQueue(QUEUE, Map.of());
        String inputQueueUrl = aws.createQueue(INPUT_QUEUE, Map.of());
        Thread poller = new Thread(() -> pollInputQueue(aws, inputQueueUrl, function, table), "input-queue-poller");
        poller.setDaemon(true);
        poller.start();

        System.out.printf("""

                === article-events local stack ===
                S3  (S3Proxy)  %s   buckets: %s (input, watched), %s (results)
                SQS (ElasticMQ) %s  queue:   %s (notifications); %s/000000000000/%s (input, for ./reprocess)
                events function (quarkus:dev) polls the Lambda Runtime API at 127.0.0.1:%d; S3 events are delivered to it
                  (feed it any event by hand: curl -s -X POST --data-binary @events/s3-put.json http://127.0.0.1:%d/_lambda_)
                HTTP API (POST /analyze, /q/health, /q/openapi) at http://127.0.0.1:%d (unless --no-http)
                uploading %s … results appear below once the function has started.
                %n""", aws.s3Endpoint(), INPUT_BUCKET, RESULTS_BUCKET, aws.sqsEndpoint(), queueUrl, aws.sqsEndpoint(), INPUT_QUEUE,
                lambdaPort, lambdaPort, httpPort, articles);
        table.header();
        uploadSamples(aws, articles);
        deliveries.submit(() -> System.out.printf("""

                Exports of everything processed so far (rewritten after each article; open the GeoJSON in any
                GeoJSON viewer, e.g. geojson.io, QGIS or VS Code's preview):
                  %s
                  %s
                Report (map, timeline, table; open it in a browser, no network needed):
                  %s
                Article page (paste or choose an article, see its evidence highlighted): http://127.0.0.1:%d/

                Drop more articles (dummy credentials: AWS_ACCESS_KEY_ID=ak AWS_SECRET_ACCESS_KEY=sk AWS_DEFAULT_REGION=us-east-1):
                  aws --endpoint-url %s s3 cp my-article.txt "s3://%s/inbox/my article.txt" --metadata published-at=2016-08-02
                  aws --endpoint-url %s s3 ls --recursive s3://%s/
                  aws --endpoint-url %s sqs receive-message --queue-url %s --max-number-of-messages 10
                Ctrl+C stops everything (the stores are in memory).
                %n""", processed.files().get(0).toAbsolutePath(), processed.files().get(1).toAbsolutePath(),
                processed.files().get(2).toAbsolutePath(), httpPort,
                aws.s3Endpoint(), INPUT_BUCKET, aws.s3Endpoint(), RESULTS_BUCKET, aws.sqsEndpoint(), queueUrl));

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            deliveries.shutdownNow();
            function.close();
            if (gateway != null) {
                gateway.close();
                httpFunction.close();
            }
            try {
                aws.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stop.countDown();
        }));
        stop.await();
    }

    /** Receives batches of up to ten from the input queue, delivers them as an SQS event, deletes what succeeded. */
    private static void pollInputQueue(LocalAws aws, String queueUrl, FunctionInvoker function, ResultTable table) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                var batch = aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(5)).messages();
                if (batch.isEmpty()) {
                    continue;
                }
                com.fasterxml.jackson.databind.node.ObjectNode event = JSON.createObjectNode();
                var records = event.putArray("Records");
                for (var m : batch) {
                    records.addObject().put("messageId", m.messageId()).put("receiptHandle", m.receiptHandle())
                            .put("body", m.body()).put("eventSource", "aws:sqs").put("awsRegion", LocalAws.REGION);
                }
                FunctionInvoker.Reply reply = function.invoke(event.toString());
                java.util.Set<String> failed = new java.util.HashSet<>();
                if (reply.status() == 200) {
                    JSON.readTree(reply.body()).path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
                } else {
                    batch.forEach(m -> failed.add(m.messageId()));
                }
                table.batch(batch.size(), failed.size());
                for (var m : batch) {
                    if (!failed.contains(m.messageId())) {
                        aws.sqs().deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                        showResultOf(aws, table, m.body());
                    }
                }
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                table.failure("input-events queue", e.toString());
            }
        }
    }

    /** The result document(s) of the object named in a notification body: a table row and the exports. */
    private static void showResultOf(LocalAws aws, ResultTable table, String body) throws IOException {
        JsonNode object = JSON.readTree(body).path("Records").path(0).path("s3").path("object");
        if (object.isMissingNode()) {
            return; // a malformed message: its error document is under errors/malformed-messages/
        }
        String key = java.net.URLDecoder.decode(object.path("key").asText(), java.nio.charset.StandardCharsets.UTF_8);
        for (String prefix : List.of("results/", "errors/")) {
            for (var o : aws.s3().listObjectsV2(b -> b.bucket(RESULTS_BUCKET).prefix(prefix + key + "@")).contents()) {
                String json = aws.s3().getObjectAsBytes(b -> b.bucket(RESULTS_BUCKET).key(o.key())).asUtf8String();
                var doc = dev.articleevents.core.json.AnalysisJson.read(json);
                com.fasterxml.jackson.databind.node.ObjectNode note = JSON.createObjectNode();
                note.put("status", doc.hasError() ? "error" : "ok").put("resultKey", o.key()).put("language", doc.language())
                        .put("eventCount", doc.events().size()).put("errorCode", doc.hasError() ? doc.error().code() : null);
                var digest = note.putArray("digest");
                doc.events().forEach(e -> digest.add(e.digest()));
                table.row(key, note, JSON.readTree(json));
                processed.add(o.key(), doc);
            }
        }
    }

    private static void uploadSamples(LocalAws aws, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".meta.json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String publishedAt = publishedAt(dir.resolve(name.replaceFirst("\\.[^.]+$", "") + ".meta.json"));
            String contentType = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
            aws.s3().putObject(b -> b.bucket(INPUT_BUCKET).key("samples/" + name).contentType(contentType)
                    .metadata(publishedAt == null ? Map.of() : Map.of("published-at", publishedAt)), RequestBody.fromFile(file));
        }
    }

    private static String publishedAt(Path meta) throws IOException {
        if (!Files.exists(meta)) {
            return null;
        }
        JsonNode node = JSON.readTree(meta.toFile()).path("publishedAt");
        return node.isTextual() ? node.asText() : null;
    }

    private static void deliver(FunctionInvoker function, LocalAws aws, ResultTable table, String bucket, String key,
                                long size, String eTag) {
        try {
            FunctionInvoker.Reply reply = function.invoke(S3EventJson.objectCreated(bucket, key, size, eTag));
            if (reply.status() != 200) {
                table.failure(key, "function answered " + reply.status() + ": " + reply.body());
                return;
            }
            showResults(aws, table, key, reply);
        } catch (Exception e) {
            table.failure(key, e.toString());
        }
    }

    /** Each result document the function's answer names: a table row and the exports. */
    private static void showResults(LocalAws aws, ResultTable table, String key, FunctionInvoker.Reply reply) throws IOException {
        for (JsonNode note : JSON.readTree(reply.body()).path("processed")) {
            String resultKey = note.path("resultKey").asText();
            String json = aws.s3().getObjectAsBytes(b -> b.bucket(RESULTS_BUCKET).key(resultKey)).asUtf8String();
            JsonNode result = JSON.readTree(json);
            table.row(key != null ? key : note.path("sourceKey").asText(resultKey), note, result);
            processed.add(resultKey, dev.articleevents.core.json.AnalysisJson.read(json));
        }
    }

    /**
     * An event posted by hand to /_lambda_ (README): its results join the table and the exports, as the stack's
     * own deliveries do. An SQS batch's answer names no results (only failures): those come from the queue poller.
     */
    private static void showHandFed(LocalAws aws, ResultTable table, FunctionInvoker.Reply reply) {
        if (reply.status() != 200) {
            table.failure("event posted to /_lambda_", "function answered " + reply.status() + ": " + reply.body());
            return;
        }
        try {
            showResults(aws, table, null, reply);
        } catch (Exception e) {
            table.failure("event posted to /_lambda_", e.toString());
        }
    }
}
