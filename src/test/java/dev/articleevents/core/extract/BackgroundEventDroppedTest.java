package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundEventDroppedTest {
    private final BackgroundEventDropped rule = new BackgroundEventDropped();
    private static final java.time.LocalDate PUBLISHED = java.time.LocalDate.parse("2020-03-31");

    @Test
    void moreThanThirtyDaysBeforePublicationIsBackground() {
        assertTrue(rule.drops(java.time.LocalDate.parse("2020-02-29"), PUBLISHED));
        assertFalse(rule.drops(java.time.LocalDate.parse("2020-03-01"), PUBLISHED), "thirty days exactly is news");
        assertFalse(rule.drops(null, PUBLISHED));
        assertFalse(rule.drops(java.time.LocalDate.parse("2019-01-01"), null), "no publication date: nothing is old");
    }
}
