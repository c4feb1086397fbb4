package dev.articleevents.core.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureNamesTest {
    private enum Sample { DAYS_BEFORE_PUBLICATION, ADMIN1, QUOTED }

    @Test
    void aConstantIsNamedInLowerCaseWithHyphens() {
        assertEquals("days-before-publication", FeatureNames.of(Sample.DAYS_BEFORE_PUBLICATION));
        assertEquals(List.of("days-before-publication", "admin1", "quoted"), FeatureNames.of(List.of(Sample.values())));
    }
}
