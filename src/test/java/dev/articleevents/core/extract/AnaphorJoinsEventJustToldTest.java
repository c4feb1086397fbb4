package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnaphorJoinsEventJustToldTest {
    private final AnaphorJoinsEventJustTold rule = new AnaphorJoinsEventJustTold();

    @Test
    void aContinuingSentenceGoesToTheGroupOfTheMentionItContinues() {
        Mention told = MentionSketch.of("Armed clash", 0.9).at(town("Aleppo", "SY")).build();
        Mention continuing = MentionSketch.of("Armed clash", 0.4).at(town("Homs", "SY")).following(told).build();
        java.util.Map<Mention, Integer> groupOf = new java.util.IdentityHashMap<>();
        groupOf.put(told, 3);
        assertEquals(3, rule.home(continuing, groupOf));
        assertNull(rule.home(told, groupOf), "a mention continuing nothing is grouped by its own words");
    }
}
