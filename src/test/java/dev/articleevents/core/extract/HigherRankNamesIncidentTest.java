package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HigherRankNamesIncidentTest {
    private final HigherRankNamesIncident rule = new HigherRankNamesIncident();

    @Test
    void theHigherRankOfAFamilyOutranks() {
        assertTrue(rule.outranks("Suicide bomb", "Remote explosive/landmine/IED"));
        assertFalse(rule.outranks("Remote explosive/landmine/IED", "Suicide bomb"));
        assertTrue(rule.outranks("Excessive force against protesters", "Peaceful protest"));
        assertFalse(rule.outranks("Air/drone strike", "Armed clash"), "no family, no rank");
    }

    @Test
    void oneDemonstrationIsCodedByTheMostForcefulResponseItMet() {
        EventTyping typing = new EventTyping(new GroupingRules());
        MentionGroup protest = MentionSketch.of("Peaceful protest", 0.9).at(town("Algiers", "DZ")).group();
        protest.add(MentionSketch.of("Excessive force against protesters", 0.9).at(town("Algiers", "DZ")).build(), typing);
        protest.add(MentionSketch.of("Protest with intervention", 0.95).at(town("Algiers", "DZ")).build(), typing);
        assertEquals("Excessive force against protesters", protest.subEventType());
    }
}
