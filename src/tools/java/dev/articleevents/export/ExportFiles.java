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
        List<Path> files = paths(outDir);
        try (Writer w = Files.newBufferedWriter(files.get(0), StandardCharsets.UTF_8)) {
            CsvExport.write(rows, w);
        }
        try (Writer w = Files.newBufferedWriter(files.get(1), StandardCharsets.UTF_8)) {
            GeoJsonExport.write(rows, w);
        }
        FolderReport.write(entries, outDir);
        return files;
    }

    /** Where {@link #writeEntries} writes: {@code events.csv}, {@code results.geojson}, {@code report.html}. */
    public static List<Path> paths(Path outDir) {
        return List.of(outDir.resolve("events.csv"), outDir.resolve("results.geojson"), outDir.resolve(FolderReport.FILE_NAME));
    }
}
