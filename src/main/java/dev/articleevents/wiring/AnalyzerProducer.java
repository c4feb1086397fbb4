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
 * snapshot. The first request waits for the load to finish; a failed load fails that request, loudly.
 */
@Singleton
public class AnalyzerProducer {
    private CompletableFuture<ArticleAnalyzer> loading;

    void startLoading(@Observes StartupEvent event) {
        loading();
    }

    private synchronized CompletableFuture<ArticleAnalyzer> loading() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(ArticleAnalyzer::new, task -> {
                Thread t = new Thread(task, "analyzer-load");
                t.setDaemon(true);
                t.start();
            });
        }
        return loading;
    }

    @Produces
    @Singleton
    ArticleAnalyzer analyzer() {
        return loading().join();
    }
}
