package dev.articleevents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.report.FolderReport;
import dev.articleevents.report.ReportEntry;
import dev.articleevents.view.ArticleView;
import dev.articleevents.view.EvidenceMarker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Analyses every article of a folder (recursively: {@code <id>.txt} or {@code <id>.html}) and writes
 * {@code <id>.json} (the contract document) into an output folder, and {@code report.html} (map, timeline and
 * table of the events, each with its article view; see {@link FolderReport}). The publication date comes from
 * {@code <id>.meta.json} or {@code <id>.gold.json} ({@code publishedAt}; nothing else is read from a gold
 * file), else from {@code --published-at}. With {@code --gold DIR}, runs the evaluation scorer on the
 * output and prints its metrics. Exit status: 0 when every article was written (an article the engine
 * refuses is still written, as an error document), 1 on this command's own failure, 2 on bad usage.
 *
 * <pre>analyze IN_DIR OUT_DIR [--published-at YYYY-MM-DD] [--gold GOLD_DIR] [--scorer score.py]</pre>
 */
public final class BatchAnalyzeCommand {
    static final String USAGE = "usage: analyze IN_DIR OUT_DIR [--published-at YYYY-MM-DD | --no-dates] [--gold GOLD_DIR] [--scorer PATH/score.py]";

    private BatchAnalyzeCommand() {
    }

    /** @param noDates ignore every publication date (sidecars and --published-at): relative dates stay unresolved */
    record Options(Path in, Path out, String publishedAt, Path gold, Path scorer, boolean noDates) {
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(o));
        } catch (IOException e) {
            System.err.println("analyze failed: " + e);
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("analyze failed (a bug in the engine, please report it with this trace):");
            e.printStackTrace();
            System.exit(1);
        }
    }

    static Options parse(String[] args) {
        List<String> positional = new ArrayList<>();
        String publishedAt = null;
        Path gold = null;
        Path scorer = null;
        boolean noDates = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--published-at" -> publishedAt = value(args, ++i);
                case "--gold" -> gold = Path.of(value(args, ++i));
                case "--scorer" -> scorer = Path.of(value(args, ++i));
                case "--no-dates" -> noDates = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected an input folder and an output folder");
        }
        Path in = Path.of(positional.get(0));
        if (!Files.isDirectory(in)) {
            throw new IllegalArgumentException("not a folder: " + in);
        }
        if (scorer == null && gold != null) {
            scorer = gold.resolve("score.py");
        }
        if (noDates && publishedAt != null) {
            throw new IllegalArgumentException("--no-dates and --published-at contradict each other");
        }
        return new Options(in, Path.of(positional.get(1)), publishedAt, gold, scorer, noDates);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static int run(Options o) throws IOException {
        List<Path> articles;
        try (Stream<Path> s = Files.walk(o.in())) {
            articles = s.filter(Files::isRegularFile).filter(BatchAnalyzeCommand::isArticle).sorted().toList();
        }
        Files.createDirectories(o.out());
        long started = System.nanoTime();
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        ArticleAnalyzer analyzer = new ArticleAnalyzer((stage, nanos) -> stageNanos.merge(stage, nanos, Long::sum));
        SummaryBaseline checks = SummaryBaseline.create();
        EvidenceMarker marker = new EvidenceMarker();
        List<ReportEntry> report = new ArrayList<>();
        Path lead3Dir = o.out().resolveSibling(o.out().getFileName() + ".lead3");
        int events = 0;
        int errors = 0;
        int defects = 0;
        int n = 0;
        int withNonNews = 0;
        int summaries = 0;
        for (Path article : articles) {
            String id = idOf(article);
            String contentType = article.toString().endsWith(".html") ? "text/html" : "text/plain";
            InspectedArticle inspected = analyzer.inspect(Files.readAllBytes(article),
                    new ArticleMeta(null, o.in().relativize(article).toString(), null, null, contentType, publishedAt(article, id, o)),
                    AnalysisDeadline.none());
            ArticleAnalysis a = inspected.analysis();
            if (inspected.failure() != null) {
                defects++;
                System.err.println("[analyze] " + id + ": the engine failed (written as an internal-error document; please report it with this trace):");
                inspected.failure().printStackTrace();
            }
            // the report shows the first MAX_DOCUMENTS articles: the texts of the rest are not kept in memory
            report.add(new ReportEntry(id, id + ".json", a,
                    report.size() < FolderReport.MAX_DOCUMENTS ? viewOf(marker, inspected, id) : null));
            Path written = o.out().resolve(id + ".json");
            Files.writeString(written, AnalysisJson.write(a), StandardCharsets.UTF_8);
            String text = new String(Files.readAllBytes(article), StandardCharsets.UTF_8);
            if (a.summary() != null && !a.summary().text().isBlank()) {
                summaries++;
                withNonNews += checks.containsNonNews(text, a.summary().text()) ? 1 : 0;
            }
            if (o.gold() != null) {
                SummaryBaseline.writeLead3(written, text, lead3Dir);
            }
            n++;
            events += a.events().size();
            errors += a.hasError() ? 1 : 0;
            if (n % 50 == 0 || n == articles.size()) {
                System.err.printf("[analyze] %d/%d articles%n", n, articles.size());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("analyzed %d articles (%d events, %d error documents%s) in %.1f s → %s%n", n, events, errors,
                defects == 0 ? "" : ", " + defects + " of them engine failures", seconds, o.out());
        StringBuilder stages = new StringBuilder("time by stage:");
        stageNanos.forEach((stage, nanos) -> stages.append(String.format(java.util.Locale.ROOT, " %s %.2f s", stage, nanos / 1e9)));
        System.out.println(stages);
        printRuleCounts(analyzer.ruleCounts());
        System.out.printf("summaries containing a caption, heading or source line: %d of %d%n", withNonNews, summaries);
        System.out.println("report: " + FolderReport.write(report, o.out()).toAbsolutePath());
        if (o.gold() != null) {
            score(o, o.out(), "");
            System.out.println("Lead-3 baseline (same documents, summary replaced by the first three sentences after the title line):");
            score(o, lead3Dir, "summary_rouge1");
        }
        return 0;
    }

    /** How often each named rule fired over the folder, chain by chain: which rules carry the results, which never fire. */
    private static void printRuleCounts(List<dev.articleevents.core.rules.RuleCount> counts) {
        String chain = null;
        for (var c : counts) {
            if (!c.chain().equals(chain)) {
                chain = c.chain();
                System.out.println("rules fired (" + chain + "):");
            }
            System.out.printf(java.util.Locale.ROOT, "  %7d  %-34s %s%n", c.fired(), c.rule(), c.description());
        }
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String idOf(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The article's evidence view for the report; a defect there costs the view, not the document. */
    private static ArticleView viewOf(EvidenceMarker marker, InspectedArticle inspected, String id) {
        try {
            return marker.viewOf(inspected);
        } catch (RuntimeException e) {
            System.err.println("[analyze] " + id + ": no evidence view in the report (" + e + ")");
            return null;
        }
    }

    private static String publishedAt(Path article, String id, Options o) throws IOException {
        if (o.noDates()) {
            return null;
        }
        for (String sidecar : List.of(id + ".meta.json", id + ".gold.json")) {
            Path meta = article.resolveSibling(sidecar);
            if (Files.exists(meta)) {
                JsonNode node = AnalysisJson.mapper().readTree(meta.toFile()).path("publishedAt");
                if (node.isTextual()) {
                    return node.asText();
                }
                if (node.isNull()) {
                    return o.publishedAt();
                }
            }
        }
        return o.publishedAt();
    }

    /** Runs the scorer; with a filter, prints only the "all" line's metrics whose names contain it. */
    private static void score(Options o, Path predictions, String filter) throws IOException {
        if (o.scorer() == null || !Files.exists(o.scorer())) {
            System.out.println("scorer not found (" + o.scorer() + "): pass --scorer PATH/score.py to print metrics");
            return;
        }
        ProcessBuilder pb = new ProcessBuilder("python3", o.scorer().toString(), o.gold().toString(), predictions.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            for (String line : output.split("\n")) {
                if (filter.isEmpty()) {
                    System.out.println(line);
                } else if (line.startsWith("all ")) {
                    com.fasterxml.jackson.databind.JsonNode all = AnalysisJson.mapper().readTree(line.substring(4));
                    all.fields().forEachRemaining(f -> {
                        if (f.getKey().contains(filter)) {
                            System.out.println("  " + f.getKey() + " " + f.getValue());
                        }
                    });
                }
            }
            if (rc != 0) {
                System.out.println("scorer exited with " + rc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
