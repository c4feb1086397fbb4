package dev.articleevents.testing;

import dev.articleevents.core.ArticleAnalyzer;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * An analyzer whose events stage always throws, as a defect of the engine would: enabled only by the tests'
 * profile that asks for it, to see what a caller gets when the engine breaks.
 */
@Alternative
@Singleton
public class PlantedDefectProducer {
    public static final String MESSAGE = "a defect planted by the test";

    @Produces
    @Singleton
    ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer((stage, nanos) -> {
            if ("events".equals(stage)) {
                throw new IllegalStateException(MESSAGE);
            }
        });
    }
}
