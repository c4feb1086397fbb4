package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneralTalkStartsNoEventTest {
    private final GeneralTalkStartsNoEvent rule = new GeneralTalkStartsNoEvent();

    @Test
    void onlyAMentionWithADayPlaceOrFigureOfItsOwnStartsAnEvent() {
        assertTrue(rule.starts(MentionSketch.of("Suicide bomb", 0.9).at(town("Kabul", "AF")).build()));
        assertFalse(rule.starts(MentionSketch.of("Suicide bomb", 0.9).generalTalk().build()));
    }
}
