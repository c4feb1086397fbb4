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

import java.util.concurrent.TimeUnit;

/**
 * Time against size: one warm {@link ArticleAnalyzer#analyze} of an article of 100 KB, 1 MB and 4 MB, built
 * from the seed or from English news prose ({@link BenchArticles#ofSize}). Linear stages give the same time per MB at every size;
 * {@link SizeSeries} prints it and the spread. The 4 MB cases takes seconds per operation, so iterations are
 * few and each lasts at least one operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
public class SizeSeriesBenchmark {
    @Param({"seed", "english"})
    public String recipe;
    @Param({"100000", "1000000", "4000000"})
    public int bytes;
    ArticleAnalyzer analyzer;
    BenchArticles.Article article;

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = new ArticleAnalyzer();
        article = BenchArticles.ofSize(recipe, bytes);
    }

    @Benchmark
    public ArticleAnalysis analyze() {
        return analyzer.analyze(article.bytes(), article.meta());
    }
}
