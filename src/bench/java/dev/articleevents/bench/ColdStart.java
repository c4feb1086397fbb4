package dev.articleevents.bench;

import dev.articleevents.core.ArticleAnalyzer;

import java.lang.management.ManagementFactory;

/**
 * Cold construction, once per JVM (./bench launches it five times per subject and takes the median):
 * {@code ours} builds {@link ArticleAnalyzer} (lexicons, place index); {@code corenlp-ar|en|fr} builds that
 * language's CoreNLP pipeline (model loading). Then the first analysis of one article (the seed for
 * {@code ours} and Arabic, the first evaluation article otherwise), still cold. Prints one JSON line.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        String subject = args.length > 0 ? args[0] : "ours";
        long mainAt = System.currentTimeMillis();
        long jvmToMainMs = mainAt - ManagementFactory.getRuntimeMXBean().getStartTime();
        BenchArticles.Article article = switch (subject) {
            case "ours", "corenlp-ar" -> BenchArticles.seed();
            case "corenlp-en" -> BenchArticles.eval("en").get(0);
            case "corenlp-fr" -> BenchArticles.eval("fr").get(0);
            default -> throw new IllegalArgumentException("subject: ours | corenlp-ar | corenlp-en | corenlp-fr");
        };
        long t0 = System.nanoTime();
        Object result;
        long t1;
        long t2;
        if (subject.equals("ours")) {
            ArticleAnalyzer analyzer = new ArticleAnalyzer();
            t1 = System.nanoTime();
            result = analyzer.analyze(article.bytes(), article.meta());
            t2 = System.nanoTime();
        } else {
            var pipeline = CoreNlpPipelines.build(subject.substring("corenlp-".length()));
            t1 = System.nanoTime();
            result = CoreNlpPipelines.annotate(pipeline, article.bytes());
            t2 = System.nanoTime();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("{\"subject\":\"%s\",\"jvmToMainMs\":%d,\"constructMs\":%.1f,\"firstAnalyzeMs\":%.1f,"
                        + "\"article\":\"%s\",\"heapUsedMB\":%.1f,\"ok\":%b}%n",
                subject, jvmToMainMs, (t1 - t0) / 1e6, (t2 - t1) / 1e6, article.id(),
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, result != null);
    }
}
