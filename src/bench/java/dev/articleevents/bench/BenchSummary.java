package dev.articleevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what ./bench wrote under target/bench/ (JMH JSON of both benchmarks, the cold-construction lines,
 * the Lambda cold-start JSON, the zip sizes) and prints the summary, also to target/bench/summary.md.
 * Throughput (MB/s) = mean bytes per article of the set / mean time per article. Targets of the issue are
 * printed beside the measurements, as targets.
 */
public final class BenchSummary {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringBuilder out = new StringBuilder();

    private BenchSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        BenchSummary s = new BenchSummary();
        s.run(dir);
        System.out.print(s.out);
        Files.writeString(dir.resolve("summary.md"), s.out.toString());
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** One JMH result: benchmark name (without package), mode, set, and the numbers used here. */
    record Result(String bench, String mode, String set, double mean, double p50, double p90, double p99,
                  int samples, double allocBytes) {
    }

    static List<Result> readJmh(Path file) throws IOException {
        List<Result> results = new ArrayList<>();
        if (!Files.exists(file)) {
            return results;
        }
        for (JsonNode r : JSON.readTree(file.toFile())) {
            String bench = r.path("benchmark").asText().replace("dev.articleevents.bench.", "");
            JsonNode params = r.path("params");
            String set = params.has("lang") ? params.path("lang").asText()
                    : params.has("set") ? params.path("set").asText() : "seed";
            JsonNode pm = r.path("primaryMetric");
            JsonNode pct = pm.path("scorePercentiles");
            int samples = 0;
            for (JsonNode hist : pm.path("rawDataHistogram")) {
                for (JsonNode iteration : hist) {
                    for (JsonNode bin : iteration) {
                        samples += bin.get(1).asInt();
                    }
                }
            }
            results.add(new Result(bench, r.path("mode").asText(), set, pm.path("score").asDouble(),
                    pct.path("50.0").asDouble(Double.NaN), pct.path("90.0").asDouble(Double.NaN),
                    pct.path("99.0").asDouble(Double.NaN), samples,
                    r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
        }
        return results;
    }

    static Result find(List<Result> rs, String benchSuffix, String mode, String set) {
        return rs.stream().filter(r -> r.bench.endsWith(benchSuffix) && r.mode.equals(mode) && r.set.equals(set))
                .findFirst().orElse(null);
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private void run(Path dir) throws IOException {
        List<Result> ours = readJmh(dir.resolve("jmh-ours.json"));
        List<Result> peer = readJmh(dir.resolve("jmh-corenlp.json"));
        Map<String, Double> meanBytes = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        meanBytes.put("seed", (double) BenchArticles.seed().bytes().length);
        counts.put("seed", 1);
        for (String set : List.of("all", "ar", "en", "fr")) {
            List<BenchArticles.Article> a = BenchArticles.eval(set);
            meanBytes.put(set, BenchArticles.totalBytes(a) / (double) a.size());
            counts.put(set, a.size());
        }

        Path machine = dir.resolve("machine.txt");
        if (Files.exists(machine)) {
            line("## Machine");
            line("");
            for (String m : Files.readAllLines(machine)) {
                line("- %s", m);
            }
            line("");
        }
        line("## Warm analyze() — ours (JMH, single thread, µs per article)");
        line("");
        line("| set | articles | mean B/article | AverageTime mean µs | SampleTime mean µs | median µs | p90 µs | p99 µs | MB/s | alloc/article |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String set : meanBytes.keySet()) {
            String bench = set.equals("seed") ? "AnalyzeBenchmark.seed" : "AnalyzeBenchmark.evalArticle";
            Result avg = find(ours, bench, "avgt", set);
            Result smp = find(ours, bench, "sample", set);
            if (smp == null) {
                continue;
            }
            double alloc = smp.allocBytes;
            line("| %s | %d | %.0f | %s | %.0f | %.0f | %.0f | %.0f | %.2f | %s |", set, counts.get(set),
                    meanBytes.get(set), avg == null ? "–" : String.format(Locale.ROOT, "%.0f", avg.mean), smp.mean, smp.p50, smp.p90, smp.p99, meanBytes.get(set) / smp.mean,
                    Double.isNaN(alloc) ? "–" : String.format(Locale.ROOT, "%.1f MB", alloc / 1e6));
        }
        line("");
        line("MB/s = mean bytes per article / SampleTime mean. alloc/article = gc.alloc.rate.norm (-prof gc) of the SampleTime run.");
        line("");

        line("## Stanford CoreNLP 4.5.10 (peer, JMH SampleTime, µs per article) and ratio to ours (SampleTime both)");
        line("");
        line("| set | pipeline | samples | mean µs | median µs | p90 µs | MB/s | alloc/article | ours mean µs | ours median µs | CoreNLP/ours (mean) | CoreNLP/ours (median) |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        double peerWeighted = 0;
        int peerCount = 0;
        for (String set : List.of("seed", "ar", "en", "fr")) {
            Result p = find(peer, "CoreNlpPeerBenchmark.article", "sample", set);
            String bench = set.equals("seed") ? "AnalyzeBenchmark.seed" : "AnalyzeBenchmark.evalArticle";
            Result o = find(ours, bench, "sample", set);
            if (p == null || o == null) {
                continue;
            }
            String lang = set.equals("seed") ? "ar" : set;
            line("| %s | %s | %d | %.0f | %.0f | %.0f | %.3f | %s | %.0f | %.0f | %.1f× | %.1f× |", set,
                    CoreNlpPipelines.annotators(lang), p.samples, p.mean, p.p50, p.p90, meanBytes.get(set) / p.mean,
                    Double.isNaN(p.allocBytes) ? "–" : String.format(Locale.ROOT, "%.0f MB", p.allocBytes / 1e6),
                    o.mean, o.p50, p.mean / o.mean, p.p50 / o.p50);
            if (!set.equals("seed")) {
                peerWeighted += p.mean * counts.get(set);
                peerCount += counts.get(set);
            }
        }
        Result oursAll = find(ours, "AnalyzeBenchmark.evalArticle", "sample", "all");
        double peerAll = peerCount == counts.get("all") ? peerWeighted / peerCount : Double.NaN;
        if (!Double.isNaN(peerAll) && oursAll != null) {
            line("| all (per-language means weighted by article count) | per language | | %.0f | | | %.3f | | %.0f | | %.1f× | |",
                    peerAll, meanBytes.get("all") / peerAll, oursAll.mean, peerAll / oursAll.mean);
        }
        line("");

        Path cpuFile = dir.resolve("cpu-time.jsonl");
        Map<String, JsonNode> cpu = new LinkedHashMap<>();
        if (Files.exists(cpuFile)) {
            for (String l : Files.readAllLines(cpuFile)) {
                if (l.startsWith("{")) {
                    JsonNode n = JSON.readTree(l);
                    cpu.put(n.path("subject").asText() + "/" + n.path("set").asText(), n);
                }
            }
            line("## Thread CPU time per warm analysis (one JVM each, after a fixed warm-up)");
            line("");
            line("| subject | set | ops | CPU mean µs | CPU median µs | wall mean µs | wall median µs |");
            line("|---|---|---|---|---|---|---|");
            for (JsonNode n : cpu.values()) {
                line("| %s | %s | %d | %.0f | %.0f | %.0f | %.0f |", n.path("subject").asText(), n.path("set").asText(),
                        n.path("ops").asInt(), n.path("cpuMeanUs").asDouble(), n.path("cpuMedianUs").asDouble(),
                        n.path("wallMeanUs").asDouble(), n.path("wallMedianUs").asDouble());
            }
            if (cpu.containsKey("ours/seed") && cpu.containsKey("corenlp/seed")) {
                line("");
                line("CoreNLP/ours on the seed, CPU time: %.1f× (mean), %.1f× (median)",
                        cpu.get("corenlp/seed").path("cpuMeanUs").asDouble() / cpu.get("ours/seed").path("cpuMeanUs").asDouble(),
                        cpu.get("corenlp/seed").path("cpuMedianUs").asDouble() / cpu.get("ours/seed").path("cpuMedianUs").asDouble());
            }
            line("");
        }

        Path cold = dir.resolve("cold-construction.jsonl");
        if (Files.exists(cold)) {
            Map<String, List<Double>> construct = new LinkedHashMap<>();
            Map<String, List<Double>> first = new LinkedHashMap<>();
            Map<String, List<Double>> jvm = new LinkedHashMap<>();
            for (String l : Files.readAllLines(cold)) {
                if (!l.startsWith("{")) {
                    continue;
                }
                JsonNode n = JSON.readTree(l);
                String s = n.path("subject").asText();
                construct.computeIfAbsent(s, k -> new ArrayList<>()).add(n.path("constructMs").asDouble());
                first.computeIfAbsent(s, k -> new ArrayList<>()).add(n.path("firstAnalyzeMs").asDouble());
                jvm.computeIfAbsent(s, k -> new ArrayList<>()).add(n.path("jvmToMainMs").asDouble());
            }
            line("## Cold construction, one per fresh JVM (medians)");
            line("");
            line("| subject | JVMs | JVM start → main ms | construction / model load ms | first analysis ms (cold) | all construction ms |");
            line("|---|---|---|---|---|---|");
            for (String s : construct.keySet()) {
                line("| %s | %d | %.0f | %.0f | %.0f | %s |", s, construct.get(s).size(), median(jvm.get(s)),
                        median(construct.get(s)), median(first.get(s)), construct.get(s).stream()
                                .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
            }
            if (construct.containsKey("ours")) {
                double o = median(construct.get("ours"));
                for (String s : construct.keySet()) {
                    if (!s.equals("ours")) {
                        line("- %s model load / our construction: %.1f×", s, median(construct.get(s)) / o);
                    }
                }
            }
            line("");
        }

        Path lambda = dir.resolve("lambda-coldstart.json");
        if (Files.exists(lambda)) {
            JsonNode l = JSON.readTree(lambda.toFile());
            line("## Function cold start (JVM launch → first S3 event answered, Lambda runtime client, local Runtime API)");
            line("");
            line("flags: `%s`", l.path("flags").asText());
            line("");
            line("| variant | launches | median → first response ms | median → runtime polls ms | median Quarkus \"started in\" ms | all ms |");
            line("|---|---|---|---|---|---|");
            for (String v : List.of("plain", "appcds")) {
                JsonNode s = l.path(v);
                if (s.isMissingNode()) {
                    continue;
                }
                line("| %s | %d | %.0f | %.0f | %.0f | %s |", v.equals("plain") ? "no AppCDS" : "AppCDS", s.path("coldMs").size(),
                        s.path("medianColdMs").asDouble(), s.path("medianInitMs").asDouble(),
                        s.path("medianQuarkusStartedInMs").asDouble(), s.path("coldMs").toString());
            }
            if (l.has("appCdsArchiveBytes")) {
                line("");
                line("AppCDS archive: %.1f MB (training run: %d events)", l.path("appCdsArchiveBytes").asDouble() / 1e6,
                        l.path("appCdsTrainingEvents").asInt());
            }
            JsonNode h = l.path("heapAfterWarmup");
            if (!h.isMissingNode()) {
                line("");
                line("Heap after %d events: %.1f MB used before GC, %.1f MB used after a full GC (committed %.1f MB); "
                                + "metaspace %.1f MB; process RSS %.0f MB", h.path("events").asInt(),
                        h.path("beforeGc").path("usedMB").asDouble(), h.path("afterFullGc").path("usedMB").asDouble(),
                        h.path("afterFullGc").path("committedMB").asDouble(),
                        h.path("afterFullGc").path("metaspaceUsedMB").asDouble(), h.path("rssMB").asDouble());
            }
            line("");
        }

        Path zips = dir.resolve("zip-sizes.txt");
        if (Files.exists(zips)) {
            line("## Function zips");
            line("");
            for (String z : Files.readAllLines(zips)) {
                String[] f = z.trim().split("\\s+");
                if (f.length == 2 && f[0].equals("not-built")) {
                    line("- %s: not built in this run (the package build failed)", f[1]);
                } else if (f.length == 2) {
                    line("- %s: %s bytes (%.1f MB)", f[1], f[0], Long.parseLong(f[0]) / 1e6);
                }
            }
            line("");
        }

        line("## Targets of the issue (targets, not measurements)");
        line("");
        Result seedSmp = find(ours, "AnalyzeBenchmark.seed", "sample", "seed");
        line("| target | measured here |");
        line("|---|---|");
        Result seedAvg = find(ours, "AnalyzeBenchmark.seed", "avgt", "seed");
        line("| warm analyze() of the seed ≤ 2 ms median | %s |", seedSmp == null ? "not measured"
                : String.format(Locale.ROOT, "%.2f ms median (SampleTime)%s", seedSmp.p50 / 1000,
                seedAvg == null ? "" : String.format(Locale.ROOT, "; %.2f ms AverageTime", seedAvg.mean / 1000)));
        Result peerSeed = find(peer, "CoreNlpPeerBenchmark.article", "sample", "seed");
        line("| ≥ 50× faster than CoreNLP | %s |", peerSeed == null || seedSmp == null ? "not measured"
                : String.format(Locale.ROOT, "seed: %.1f× (mean), %.1f× (median)%s", peerSeed.mean / seedSmp.mean,
                peerSeed.p50 / seedSmp.p50, oursAll != null && !Double.isNaN(peerAll)
                        ? String.format(Locale.ROOT, "; all %d eval articles: %.1f× (mean)", counts.get("all"), peerAll / oursAll.mean) : "")
                + (cpu.containsKey("ours/seed") && cpu.containsKey("corenlp/seed") ? String.format(Locale.ROOT,
                "; seed, thread CPU time: %.1f× (median)", cpu.get("corenlp/seed").path("cpuMedianUs").asDouble()
                        / cpu.get("ours/seed").path("cpuMedianUs").asDouble()) : ""));
        if (Files.exists(lambda)) {
            JsonNode l = JSON.readTree(lambda.toFile());
            line("| JVM cold start ≤ 1.5 s | %.2f s median without AppCDS, %.2f s with |",
                    l.path("plain").path("medianColdMs").asDouble() / 1000, l.path("appcds").path("medianColdMs").asDouble() / 1000);
            line("| heap after warm-up ≤ 128 MB | %.1f MB after full GC (%.1f MB before) |",
                    l.path("heapAfterWarmup").path("afterFullGc").path("usedMB").asDouble(),
                    l.path("heapAfterWarmup").path("beforeGc").path("usedMB").asDouble());
        } else {
            line("| JVM cold start ≤ 1.5 s | not measured in this run |");
            line("| heap after warm-up ≤ 128 MB | not measured in this run |");
        }
        if (Files.exists(zips)) {
            List<String> sizes = new ArrayList<>();
            for (String z : Files.readAllLines(zips)) {
                String[] f = z.trim().split("\\s+");
                if (f.length == 2 && !f[0].equals("not-built")) {
                    sizes.add(String.format(Locale.ROOT, "%s %.1f MB", f[1], Long.parseLong(f[0]) / 1e6));
                }
            }
            line("| zip ≤ 30 MB | %s |", String.join("; ", sizes));
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }
}
