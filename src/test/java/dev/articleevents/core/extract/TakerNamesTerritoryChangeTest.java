package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TakerNamesTerritoryChangeTest {
    private final TakerNamesTerritoryChange rule = new TakerNamesTerritoryChange();
    private static final String TAKEN = "Non-state actor overtakes territory";

    private String taken(Mention m) {
        return rule.subEventType(TAKEN, java.util.List.of(m), "Syria");
    }

    @Test
    void theStatesOwnForcesRegainOthersOvertake() {
        assertEquals("Government regains territory",
                taken(MentionSketch.of(TAKEN, 0.9).actor("Military Forces of Syria", "state-military").build()));
        assertEquals("Government regains territory",
                taken(MentionSketch.of(TAKEN, 0.9).actor("Military Forces of {country}", "state-military").build()));
        assertEquals(TAKEN, taken(MentionSketch.of(TAKEN, 0.9).actor("Military Forces of Turkey", "state-military").build()),
                "a foreign army overtakes");
        assertEquals(TAKEN, rule.subEventType("Government regains territory",
                java.util.List.of(MentionSketch.of(TAKEN, 0.9).actor("Islamic State", "rebel").build()), "Syria"));
    }

    @Test
    void otherKindsAndUnnamedTakersAreLeftAlone() {
        Mention clash = MentionSketch.of("Armed clash", 0.9).actor("Islamic State", "rebel").build();
        assertEquals("Armed clash", rule.subEventType("Armed clash", java.util.List.of(clash), "Syria"));
        assertEquals(TAKEN, taken(MentionSketch.of(TAKEN, 0.9).build()));
        assertEquals(TAKEN, taken(MentionSketch.of(TAKEN, 0.9).actor("civilians", "civilians").build()));
    }
}
