package dev.articleevents.cli;

import dev.articleevents.reprocess.Reprocessor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code reprocess s3://BUCKET/PREFIX QUEUE_URL [--endpoint-url URL] [--sqs-endpoint-url URL] [--checkpoint FILE]}:
 * enqueues an S3-shaped notification for every object under the prefix onto the function's input queue,
 * printing progress (count / total, rate). The continuation token is saved in the checkpoint file
 * (default {@code .reprocess-checkpoint}) after every page, so an interrupted run resumes where it stopped;
 * the file is removed when the run completes. Re-running is safe: result keys are deterministic.
 */
public final class ReprocessCommand {
    private ReprocessCommand() {
    }

    public static void main(String[] args) throws IOException {
        CommandArgs cmd = new CommandArgs(args, 2,
                "reprocess s3://BUCKET/PREFIX QUEUE_URL [--endpoint-url URL] [--sqs-endpoint-url URL] [--checkpoint FILE]");
        String[] bp = AwsClients.bucketAndPrefix(cmd.positional(0));
        String queueUrl = cmd.positional(1);
        String s3Endpoint = cmd.option("--endpoint-url");
        String sqsEndpoint = cmd.option("--sqs-endpoint-url");
        Path checkpoint = Path.of(cmd.option("--checkpoint", ".reprocess-checkpoint"));
        try (S3Client s3 = AwsClients.s3(s3Endpoint); SqsClient sqs = AwsClients.sqs(sqsEndpoint != null ? sqsEndpoint : s3Endpoint == null ? null : queueOrigin(queueUrl))) {
            System.exit(run(s3, sqs, bp[0], bp[1], queueUrl, checkpoint));
        }
    }

    static int run(S3Client s3, SqsClient sqs, String bucket, String prefix, String queueUrl, Path checkpoint) throws IOException {
        String resumeFrom = Files.exists(checkpoint) ? Files.readString(checkpoint, StandardCharsets.UTF_8).strip() : null;
        long total = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .filter(o -> !o.key().endsWith("/")).count();
        long started = System.nanoTime();
        if (resumeFrom != null) {
            System.out.println("resuming from " + checkpoint + " (objects before it were enqueued by the interrupted run)");
        }
        Reprocessor.Progress done = new Reprocessor(s3, sqs).run(bucket, prefix, queueUrl, resumeFrom, 0, p -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            System.out.printf("enqueued %d/%d (%.0f objects/s)%n", p.enqueued(), total, p.enqueued() / seconds);
            try {
                if (p.nextContinuationToken() != null) {
                    Files.writeString(checkpoint, p.nextContinuationToken(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Files.deleteIfExists(checkpoint);
        System.out.printf("done: %d notifications on %s%n", done.enqueued(), queueUrl);
        return 0;
    }

    private static String queueOrigin(String queueUrl) {
        java.net.URI u = java.net.URI.create(queueUrl);
        return u.getScheme() + "://" + u.getAuthority();
    }
}
