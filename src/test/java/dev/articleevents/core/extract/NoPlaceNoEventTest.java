package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoPlaceNoEventTest {
    @Test
    void aGroupWithoutAPlaceIsDropped() {
        NoPlaceNoEvent rule = new NoPlaceNoEvent();
        assertTrue(rule.drops(MentionSketch.of("Armed clash", 0.9).group()));
        assertFalse(rule.drops(MentionSketch.of("Armed clash", 0.9).at(MentionSketch.village("Kafr Nabl")).group()));
    }
}
