package dev.articleevents.core;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Priming is only worth its time if each sample takes its own language's path through every stage. */
class PrimingSampleTest {
    @Test
    void eachSampleIsReadInItsLanguageAndGivesAnEvent() {
        List<PrimingSample> samples = PrimingSample.all();
        assertEquals(List.of("ar", "en", "fr"), samples.stream().map(PrimingSample::language).toList());
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        for (PrimingSample sample : samples) {
            ArticleAnalysis a = analyzer.analyze(sample.bytes(), ArticleMeta.of("text/plain; charset=utf-8", "2016-08-02"));
            assertNull(a.error(), sample.language());
            assertEquals(sample.language(), a.read().language());
            assertFalse(a.events().isEmpty(), sample.language() + ": no event, so the event stages were not primed");
            assertFalse(a.events().get(0).location() == null || a.events().get(0).location().geonameId() == null,
                    sample.language() + ": no place from the gazetteer, so geocoding was not primed");
        }
    }
}
