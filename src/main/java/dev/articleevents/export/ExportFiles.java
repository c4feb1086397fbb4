package dev.articleevents.export;

import dev.articleevents.core.model.ArticleAnalysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code events.csv} and {@code results.geojson} for a set of result documents (error documents add nothing). */
public final class ExportFiles {
    private ExportFiles() {
    }

    public static List<Path> write(List<ArticleAnalysis> docs, Path outDir) throws IOException {
        List<EventRow> rows = new ArrayList<>();
        for (ArticleAnalysis a : docs) {
            rows.addAll(EventRow.of(a));
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
        return List.of(csv, geojson);
    }
}
