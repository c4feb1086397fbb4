package dev.articleevents.bench;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.model.ArticleAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warm, single-threaded {@link ArticleAnalyzer#analyze}: the seed article (AverageTime and SampleTime), and
 * the evaluation articles one per operation, cycling through the set (so the per-operation time is the per-article time over the
 * set, and SampleTime's percentiles are over articles). Allocation per article: run with {@code -prof gc}
 * ({@code gc.alloc.rate.norm}). Throughput in MB/s is computed from the set's bytes by {@link BenchSummary}.
 * Warm-up is long (6 × 2 s): on the 2-core machine C2 needs 10–15 s before the time per article stops falling.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
public class AnalyzeBenchmark {
    ArticleAnalyzer analyzer;
    BenchArticles.Article seed;

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = new ArticleAnalyzer();
        seed = BenchArticles.seed();
    }

    /** The evaluation set of one language, or all of it; one article per operation, round robin. */
    @State(Scope.Thread)
    public static class Corpus {
        @Param({"all", "ar", "en", "fr"})
        public String lang;
        List<BenchArticles.Article> articles;
        int next;

        @Setup(Level.Trial)
        public void load() {
            articles = BenchArticles.eval(lang);
        }

        BenchArticles.Article take() {
            BenchArticles.Article a = articles.get(next);
            next = next + 1 == articles.size() ? 0 : next + 1;
            return a;
        }
    }

    @Benchmark
    public ArticleAnalysis seed() {
        return analyzer.analyze(seed.bytes(), seed.meta());
    }

    /** SampleTime only (its mean is the average time; its percentiles are over articles). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public ArticleAnalysis evalArticle(Corpus corpus) {
        BenchArticles.Article a = corpus.take();
        return analyzer.analyze(a.bytes(), a.meta());
    }
}
