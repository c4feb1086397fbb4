package dev.articleevents.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
 * The same inputs as {@link AnalyzeBenchmark} through Stanford CoreNLP ({@link CoreNlpPipelines}): the seed
 * (Arabic pipeline) and each language's evaluation articles through that language's pipeline, one article
 * per operation, round robin. SampleTime reports the mean and the percentiles; model loading is in the
 * trial set-up, outside the measurement (it is measured cold by {@link ColdStart}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CoreNlpPeerBenchmark {
    /** "seed" = the seed article through the Arabic pipeline; else a language's evaluation articles. */
    @Param({"seed", "ar", "en", "fr"})
    public String set;
    StanfordCoreNLP pipeline;
    List<BenchArticles.Article> articles;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        articles = set.equals("seed") ? List.of(BenchArticles.seed()) : BenchArticles.eval(set);
        pipeline = CoreNlpPipelines.build(articles.get(0).lang());
    }

    @Benchmark
    public Annotation article() {
        BenchArticles.Article a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return CoreNlpPipelines.annotate(pipeline, a.bytes());
    }
}
