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
        StringBuilder md = new StringBuilder("| recipe | article bytes | ms per analysis (mean ± error) | ms per MB |\n|---|---|---|---|\n");
        java.util.Map<String, double[]> spread = new java.util.LinkedHashMap<>(); // recipe -> {min, max} ms per MB
        for (JsonNode run : runs) {
            int bytes = run.path("params").path("bytes").asInt();
            String recipe = run.path("params").path("recipe").asText("seed");
            double ms = run.path("primaryMetric").path("score").asDouble();
            double error = run.path("primaryMetric").path("scoreError").asDouble();
            double perMb = ms / (bytes / 1_000_000.0);
            double[] mm = spread.computeIfAbsent(recipe, r -> new double[]{Double.MAX_VALUE, 0});
            mm[0] = Math.min(mm[0], perMb);
            mm[1] = Math.max(mm[1], perMb);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f ± %.1f | %.1f |%n", recipe, bytes, ms, error, perMb));
        }
        spread.forEach((recipe, mm) -> md.append(String.format(Locale.ROOT, "%n%s: largest / smallest time per MB %.2f (%s)%n",
                recipe, mm[1] / mm[0], mm[1] / mm[0] <= 2 ? "flat within 2x" : "NOT flat within 2x")));
        Files.writeString(Path.of(args[1]), md);
        System.out.print(md);
    }
}
