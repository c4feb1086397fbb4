package dev.articleevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads {@code jmh-size.json} ({@link SizeSeriesBenchmark}) and writes {@code size-series.md}: milliseconds
 * per article and per MB at each size, and the largest per-MB time over the smallest (linear stages keep it
 * near 1; issue 14 asks for at most 2).
 * Usage: {@code SizeSeries JMH_JSON OUT_MD}
 */
public final class SizeSeries {
    private SizeSeries() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        StringBuilder md = new StringBuilder("| article bytes | ms per analysis (mean ± error) | ms per MB |\n|---|---|---|\n");
        double min = Double.MAX_VALUE;
        double max = 0;
        for (JsonNode run : runs) {
            int bytes = run.path("params").path("bytes").asInt();
            double ms = run.path("primaryMetric").path("score").asDouble();
            double error = run.path("primaryMetric").path("scoreError").asDouble();
            double perMb = ms / (bytes / 1_000_000.0);
            min = Math.min(min, perMb);
            max = Math.max(max, perMb);
            md.append(String.format(Locale.ROOT, "| %,d | %.1f ± %.1f | %.1f |%n", bytes, ms, error, perMb));
        }
        md.append(String.format(Locale.ROOT, "%nlargest / smallest time per MB: %.2f (%s)%n", max / min,
                max / min <= 2 ? "flat within 2x" : "NOT flat within 2x"));
        Files.writeString(Path.of(args[1]), md);
        System.out.print(md);
    }
}
