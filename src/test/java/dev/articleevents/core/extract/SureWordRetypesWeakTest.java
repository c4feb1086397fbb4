package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SureWordRetypesWeakTest {
    private final SureWordRetypesWeak rule = new SureWordRetypesWeak();

    @Test
    void onlyASureWordRetypesAndOnlyAWeakEvent() {
        assertTrue(rule.retypes(0.4, 0.9));
        assertFalse(rule.retypes(0.8, 0.95), "a sure event keeps its kind");
        assertFalse(rule.retypes(0.4, 0.45), "a weak word does not retype");
    }

    @Test
    void aKillingToldThenAClashIsAClash() {
        MentionGroup killing = MentionSketch.of("Attack", 0.4).at(town("Gao", "ML")).group();
        killing.add(MentionSketch.of("Armed clash", 0.9).at(town("Gao", "ML")).build(), new EventTyping(new GroupingRules()));
        assertEquals("Armed clash", killing.subEventType());
        assertEquals("Battles", killing.eventType());
    }
}
