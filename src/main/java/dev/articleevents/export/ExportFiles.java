package dev.articleevents.export;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.report.FolderReport;
import dev.articleevents.report.ReportEntry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code events.csv}, {@code results.geojson} and {@code report.html} for a set of result documents (error
 * documents add no events). The report has no article texts here — results do not carry them — so its article
 * views show the events without evidence; ./analyze, which reads the articles, writes the full one.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    public static List<Path> write(List<ArticleAnalysis> docs, Path outDir) throws IOException {
        List<ReportEntry> entries = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            ArticleAnalysis a = docs.get(i);
            String key = a.source() == null ? null : a.source().key();
            entries.add(new ReportEntry(key == null ? "document-" + (i + 1) : key, null, a, null));
        }
        return writeEntries(entries, outDir);
    }

    /** As {@link #write(List, Path)}, for documents that may carry their article view. */
    public static List<Path> writeEntries(List<ReportEntry> entries, Path outDir) throws IOException {
        List<EventRow> rows = new ArrayList<>();
        for (ReportEntry e : entries) {
            rows.addAll(EventRow.of(e.analysis()));
        }
        Files.createDirectories(outDir);
        Path csv = outDir.resolve("events.csv");
        Path geojson = outDir.resolve("results.geojson");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            CsvExport.write(rows, w);
        }
        try (Writer w = Files.newBufferedWriter(geojson, StandardCharsets.UTF_8)) {
            GeoJsonExport.write(rows, w);
        }
        return List.of(csv, geojson, FolderReport.write(entries, outDir));
    }
}
