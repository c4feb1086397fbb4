package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundDayJoinsNothingTest {
    private final BackgroundDayJoinsNothing rule = new BackgroundDayJoinsNothing();
    private static final java.time.LocalDate PUBLISHED = java.time.LocalDate.parse("2020-03-01");

    @Test
    void anOldDayKeepsAMentionFromAnUndatedEvent() {
        Mention undated = MentionSketch.of("Agreement", 0.9).undated().build();
        Mention lastYear = MentionSketch.of("Agreement", 0.9).on("2019-02-01").build();
        Mention thisWeek = MentionSketch.of("Agreement", 0.9).on("2020-02-27").build();
        assertTrue(rule.keepsApart(undated, lastYear, PUBLISHED));
        assertFalse(rule.keepsApart(undated, thisWeek, PUBLISHED));
        assertFalse(rule.keepsApart(thisWeek, lastYear, PUBLISHED), "a dated event is kept apart by its own day, not by this rule");
    }
}
