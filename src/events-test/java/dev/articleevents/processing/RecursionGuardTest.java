package dev.articleevents.processing;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A results bucket equal to the input bucket would make every result trigger the function again. */
class RecursionGuardTest {

    private static AppConfig config(String input, String results) {
        return new AppConfig() {
            @Override
            public String resultsBucket() {
                return results;
            }

            @Override
            public String notifyQueueUrl() {
                return "http://127.0.0.1:9324/000000000000/q";
            }

            @Override
            public Optional<String> inputBucket() {
                return Optional.ofNullable(input);
            }

            @Override
            public String resultsPrefix() {
                return "results/";
            }

            @Override
            public String errorsPrefix() {
                return "errors/";
            }

            @Override
            public long maxObjectBytes() {
                return 1024;
            }

            @Override
            public long maxAnalysisMs() {
                return 0;
            }
        };
    }

    @Test
    void sameBucketIsRefusedAtStartUp() {
        ArticleProcessor p = new ArticleProcessor(config("news", "news"), null, null, null, null, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.refuseRecursiveConfiguration(null));
        assertTrue(e.getMessage().contains("must differ"));
        assertDoesNotThrow(() -> new ArticleProcessor(config("news", "results"), null, null, null, null, null).refuseRecursiveConfiguration(null));
    }

    @Test
    void anEventForTheResultsBucketIsRefused() {
        ArticleProcessor p = new ArticleProcessor(config(null, "results"), null, null, null, null, null);
        assertThrows(MalformedEventException.class, () -> p.process(new ObjectRef("results", "results/x.json", null, "e")));
    }
}
