package dev.articleevents.bench;

import dev.articleevents.core.ArticleAnalyzer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A companion to the JMH runs for a shared machine: per-article <em>thread CPU time</em> (and wall time)
 * of warm analyses, which other processes competing for the two cores inflate far less than wall time.
 * One set per JVM: {@code ours seed|all} or {@code corenlp seed} (the seed through the Arabic pipeline).
 * Warms up for a fixed time, then times single operations; prints one JSON line.
 *
 * <pre>args: ours|corenlp seed|all [warm-up seconds] [measured operations]</pre>
 */
public final class CpuTime {
    private CpuTime() {
    }

    public static void main(String[] args) {
        String subject = args[0];
        String set = args[1];
        int warmSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int ops = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        List<BenchArticles.Article> articles = set.equals("seed") ? List.of(BenchArticles.seed()) : BenchArticles.eval(set);
        java.util.function.Function<BenchArticles.Article, Object> op;
        if (subject.equals("ours")) {
            ArticleAnalyzer analyzer = new ArticleAnalyzer();
            op = a -> analyzer.analyze(a.bytes(), a.meta());
        } else if (subject.equals("corenlp")) {
            StanfordCoreNLP pipeline = CoreNlpPipelines.build(articles.get(0).lang());
            op = a -> CoreNlpPipelines.annotate(pipeline, a.bytes());
        } else {
            throw new IllegalArgumentException("subject: ours | corenlp");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmUntil = System.nanoTime() + warmSeconds * 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            sink += op.apply(articles.get(i++ % articles.size())).hashCode();
        }
        // whole cycles through the set, so that the means are per article of the set
        int measured = Math.max(1, ops / articles.size()) * articles.size();
        List<Double> wall = new ArrayList<>(measured);
        List<Double> cpu = new ArrayList<>(measured);
        for (int k = 0; k < measured; k++) {
            BenchArticles.Article a = articles.get(k % articles.size());
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            sink += op.apply(a).hashCode();
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            wall.add((w1 - w0) / 1e3);
            cpu.add((c1 - c0) / 1e3);
        }
        System.out.printf(Locale.ROOT, "{\"subject\":\"%s\",\"set\":\"%s\",\"warmupSeconds\":%d,\"ops\":%d,"
                        + "\"cpuMeanUs\":%.1f,\"cpuMedianUs\":%.1f,\"wallMeanUs\":%.1f,\"wallMedianUs\":%.1f,\"sink\":%d}%n",
                subject, set, warmSeconds, measured, mean(cpu), median(cpu), mean(wall), median(wall), sink & 1);
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
