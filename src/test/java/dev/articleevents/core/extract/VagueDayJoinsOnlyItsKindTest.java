package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VagueDayJoinsOnlyItsKindTest {
    private final VagueDayJoinsOnlyItsKind rule = new VagueDayJoinsOnlyItsKind();

    @Test
    void aVagueDayJoinsOnlyItsOwnKind() {
        Mention earlierThisWeek = MentionSketch.of("Attack", 0.4).vague().build();
        assertTrue(rule.keepsApart(earlierThisWeek, false));
        assertFalse(rule.keepsApart(earlierThisWeek, true));
        assertFalse(rule.keepsApart(MentionSketch.of("Attack", 0.4).on("2020-02-27").build(), false), "a day given joins by its day");
    }
}
