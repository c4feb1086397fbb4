package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneralTalkKeepsKindTest {
    @Test
    void generalTalkIsNeitherTheTitleNorAnchored() {
        GeneralTalkKeepsKind rule = new GeneralTalkKeepsKind();
        assertTrue(rule.keepsKind(MentionSketch.of("Air/drone strike", 0.9).generalTalk().build()));
        assertFalse(rule.keepsKind(MentionSketch.of("Air/drone strike", 0.9).build()));
        assertFalse(rule.keepsKind(MentionSketch.of("Air/drone strike", 0.9).generalTalk().title().build()));
    }

    @Test
    void generalTalkLeavesTheKindAndTheWeightOfTheEventItJoins() {
        MentionGroup killing = MentionSketch.of("Attack", 0.4).at(town("Idlib", "SY")).group();
        killing.add(MentionSketch.of("Air/drone strike", 0.95).generalTalk().build(), new EventTyping(new GroupingRules()));
        assertEquals("Attack", killing.subEventType());
        assertEquals(0.4, killing.weight(), 1e-9);
    }
}
