package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleRetypesWhenSurerTest {
    private final TitleRetypesWhenSurer rule = new TitleRetypesWhenSurer();

    @Test
    void theTitleRetypesOnlyWithASurerWordOfAnotherKind() {
        Trigger strike = new Trigger(0, 1, "Explosions/Remote violence", "Air/drone strike", 0.9);
        assertTrue(rule.retypes(strike, "Shelling/artillery/missile attack", 0.8));
        assertFalse(rule.retypes(strike, "Shelling/artillery/missile attack", 0.95));
        assertFalse(rule.retypes(strike, "Air/drone strike", 0.4), "the same kind is no retyping");
    }

    @Test
    void inAGroupTheSurerTitleNamesTheEvent() {
        MentionGroup shelling = MentionSketch.of("Shelling/artillery/missile attack", 0.8).at(town("Idlib", "SY")).group();
        shelling.add(MentionSketch.of("Air/drone strike", 0.9).title().build(), new EventTyping(new GroupingRules()));
        assertEquals("Air/drone strike", shelling.subEventType());
    }
}
