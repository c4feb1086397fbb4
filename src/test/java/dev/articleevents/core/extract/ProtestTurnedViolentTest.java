package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtestTurnedViolentTest {
    private final ProtestTurnedViolent rule = new ProtestTurnedViolent();

    @Test
    void aProtestWithUnrestInOneOfItsSentencesTurns() {
        Mention march = MentionSketch.of("Peaceful protest", 0.9).build();
        Mention clash = MentionSketch.of("Peaceful protest", 0.9).story(1).build();
        Map<Mention, Set<String>> cues = new java.util.IdentityHashMap<>();
        cues.put(march, Set.of());
        cues.put(clash, Set.of(ProtestTurnedViolent.UNREST, "background"));
        assertTrue(rule.turns("Protests", List.of(march, clash), cues));
        assertFalse(rule.turns("Protests", List.of(march), cues), "no violence told");
    }

    @Test
    void otherKindsAndOtherCuesAreLeftAlone() {
        Mention fight = MentionSketch.of("Armed clash", 0.9).build();
        assertFalse(rule.turns("Battles", List.of(fight), Map.of(fight, Set.of(ProtestTurnedViolent.UNREST))));
        Mention march = MentionSketch.of("Peaceful protest", 0.9).build();
        assertFalse(rule.turns("Protests", List.of(march), Map.of(march, Set.of("reaction", "quoted"))));
        assertFalse(rule.turns("Protests", List.of(march), Map.of()), "a mention without cues read");
    }
}
