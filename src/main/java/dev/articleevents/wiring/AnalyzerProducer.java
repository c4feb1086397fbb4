package dev.articleevents.wiring;

import dev.articleevents.core.ArticleAnalyzer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;

/**
 * One analyzer per process. Its lexicons and gazetteer (about half a second of loading) start loading on a
 * thread of their own as soon as the application starts, so the load overlaps the rest of the start-up and
 * the first event's download instead of following them; with SnapStart the loaded analyzer is part of the
 * snapshot. Beans that need it at start-up take a {@code Provider} so as not to wait for it there. The first
 * request waits for the load to finish; a failed load fails that request, loudly.
 */
@Singleton
public class AnalyzerProducer {
    private CompletableFuture<ArticleAnalyzer> loading;

    void startLoading(@Observes StartupEvent event) {
        loading();
    }

    private synchronized CompletableFuture<ArticleAnalyzer> loading() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(AnalyzerProducer::loadAndPrime, task -> {
                Thread t = new Thread(task, "analyzer-load");
                t.setDaemon(true);
                t.start();
            });
        }
        return loading;
    }

    /**
     * Builds the analyzer and, where nobody is waiting, runs it once on a sample article of each language
     * ({@code priming/samples.tsv}), so that the classes and the compiled code of every stage, for every language,
     * are there before the first real article (and in a SnapStart snapshot). See {@link PrimingSample#wanted}.
     */
    private static ArticleAnalyzer loadAndPrime() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        if (PrimingSample.wanted(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            for (PrimingSample sample : PrimingSample.all()) {
                analyzer.analyze(sample.bytes(), dev.articleevents.core.model.ArticleMeta.of("text/plain; charset=utf-8", "2016-08-02"));
            }
        }
        return analyzer;
    }

    @Produces
    @Singleton
    ArticleAnalyzer analyzer() {
        return loading().join();
    }
}
