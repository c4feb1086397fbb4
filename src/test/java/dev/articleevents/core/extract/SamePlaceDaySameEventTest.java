package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamePlaceDaySameEventTest {
    private final SamePlaceDaySameEvent rule = new SamePlaceDaySameEvent();

    @Test
    void thePlaceAndTheDayOfTheEventAndOfTheMentionAreCompared() {
        MentionGroup g = MentionSketch.of("Suicide bomb", 0.9).at(town("Kabul", "AF")).on("2020-02-27").group();
        Mention same = MentionSketch.of("Suicide bomb", 0.9).at(town("Kabul", "AF")).on("2020-02-27").build();
        Mention elsewhere = MentionSketch.of("Suicide bomb", 0.9).at(town("Herat", "AF")).on("2020-02-27").build();
        Mention dayBefore = MentionSketch.of("Suicide bomb", 0.9).at(town("Kabul", "AF")).on("2020-02-26").build();
        assertTrue(rule.samePlace(g, same, EventAssembler.placeKey(same.place())) && rule.sameDay(g, same));
        assertFalse(rule.samePlace(g, elsewhere, EventAssembler.placeKey(elsewhere.place())));
        assertFalse(rule.sameDay(g, dayBefore));
    }

    @Test
    void whatOneSideLeavesUnknownKeepsNothingApart() {
        MentionGroup g = MentionSketch.of("Suicide bomb", 0.9).at(town("Kabul", "AF")).on("2020-02-27").group();
        Mention nowhere = MentionSketch.of("Suicide bomb", 0.9).undated().build();
        assertTrue(rule.samePlace(g, nowhere, EventAssembler.placeKey(null)));
        assertTrue(rule.sameDay(g, nowhere));
    }
}
