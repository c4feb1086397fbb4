package dev.articleevents.wiring;

import dev.articleevents.core.ArticleAnalyzer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One analyzer per process: lexicons and the gazetteer load once, at the first request. */
public class AnalyzerProducer {
    @Produces
    @Singleton
    ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer();
    }
}
