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
     * Builds the analyzer and, where nobody is waiting, primes it with a sample article of each language
     * ({@link ArticleAnalyzer#prime()}). See {@link #primingWanted}.
     */
    private static ArticleAnalyzer loadAndPrime() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        if (primingWanted(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            analyzer.prime();
        }
        return analyzer;
    }

    /**
     * Whether to prime, given Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE} (null outside Lambda). An
     * on-demand cold start has its first event waiting for the analyzer: priming three languages there only
     * delays it (the event primes its own language's path). SnapStart ("snap-start") and provisioned
     * concurrency initialise before any event, and outside Lambda (local stack, HTTP server) nobody waits yet.
     */
    static boolean primingWanted(String initializationType) {
        return !"on-demand".equals(initializationType);
    }

    @Produces
    @Singleton
    ArticleAnalyzer analyzer() {
        return loading().join();
    }
}
