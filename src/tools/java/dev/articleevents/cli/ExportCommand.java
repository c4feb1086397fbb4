package dev.articleevents.cli;

import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.export.ExportFiles;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code export SOURCE OUT_DIR [--endpoint-url URL]}: reads result documents — a folder of {@code *.json}
 * (e.g. the output of ./analyze) or {@code s3://BUCKET/PREFIX} (the results bucket) — and writes
 * {@code OUT_DIR/events.csv} (ACLED column names) and {@code OUT_DIR/results.geojson}. Error documents are
 * skipped (they have no events).
 */
public final class ExportCommand {
    private ExportCommand() {
    }

    public static void main(String[] args) throws IOException {
        CommandArgs cmd = new CommandArgs(args, 2, "export (FOLDER|s3://BUCKET/PREFIX) OUT_DIR [--endpoint-url URL]");
        String source = cmd.positional(0);
        List<ArticleAnalysis> docs = source.startsWith("s3://")
                ? fromS3(source, cmd.option("--endpoint-url")) : fromFolder(Path.of(source));
        List<Path> written = ExportFiles.write(docs, Path.of(cmd.positional(1)));
        System.out.printf("%d documents → %s%n", docs.size(), written);
    }

    static List<ArticleAnalysis> fromFolder(Path dir) throws IOException {
        List<ArticleAnalysis> docs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                docs.add(AnalysisJson.read(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    static List<ArticleAnalysis> fromS3(String url, String endpoint) {
        String[] bp = AwsClients.bucketAndPrefix(url);
        List<ArticleAnalysis> docs = new ArrayList<>();
        try (S3Client s3 = AwsClients.s3(endpoint)) {
            s3.listObjectsV2Paginator(b -> b.bucket(bp[0]).prefix(bp[1])).contents().forEach(o -> {
                if (o.key().endsWith(".json")) {
                    docs.add(AnalysisJson.read(s3.getObjectAsBytes(b -> b.bucket(bp[0]).key(o.key())).asUtf8String()));
                }
            });
        }
        return docs;
    }
}
