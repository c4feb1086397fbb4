package dev.articleevents.local;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.export.ExportFiles;
import dev.articleevents.report.ReportEntry;
import dev.articleevents.view.EvidenceMarker;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What this run of the local stack processed, kept as exports (CSV, GeoJSON, report.html) rewritten after each
 * result. A result document carries no article text, so for the report's article view the stack reads the
 * source object again and re-reads it with the same engine: the view is kept only when that reading gives the
 * very events the function stored, so a highlight never belongs to another analysis than the one shown.
 */
final class ProcessedResults {
    private final Path dir;
    private final S3Client s3;
    private final Map<String, ReportEntry> entries = new LinkedHashMap<>();
    private ArticleAnalyzer analyzer;
    private EvidenceMarker marker;

    ProcessedResults(Path dir, S3Client s3) {
        this.dir = dir;
        this.s3 = s3;
    }

    synchronized void add(String resultKey, ArticleAnalysis doc) throws IOException {
        entries.put(resultKey, new ReportEntry(doc.source() == null ? resultKey : doc.source().key(), null, doc, viewOf(doc)));
        ExportFiles.writeEntries(List.copyOf(entries.values()), dir);
    }

    private dev.articleevents.view.ArticleView viewOf(ArticleAnalysis doc) {
        if (doc.hasError() || doc.source() == null || doc.source().bucket() == null) {
            return null;
        }
        ResponseBytes<GetObjectResponse> object;
        try {
            object = s3.getObjectAsBytes(b -> b.bucket(doc.source().bucket()).key(doc.source().key()));
        } catch (RuntimeException e) {
            return null; // deleted or replaced since: the report shows the events without the text
        }
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer();
            marker = new EvidenceMarker();
        }
        String publishedAt = object.response().metadata().get("published-at");
        InspectedArticle again = analyzer.inspect(object.asByteArray(),
                ArticleMeta.of(object.response().contentType(), publishedAt), AnalysisDeadline.none());
        return again.analysis().events().equals(doc.events()) ? marker.viewOf(again) : null;
    }

    List<Path> files() {
        return ExportFiles.paths(dir);
    }
}
