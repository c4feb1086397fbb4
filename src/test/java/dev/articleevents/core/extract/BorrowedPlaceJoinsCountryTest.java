package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BorrowedPlaceJoinsCountryTest {
    private final BorrowedPlaceJoinsCountry rule = new BorrowedPlaceJoinsCountry();

    @Test
    void aPlaceFromTheContextJoinsByCountry() {
        MentionGroup inIdlib = MentionSketch.of("Air/drone strike", 0.9).at(town("Idlib", "SY")).group();
        assertTrue(rule.joins(inIdlib, MentionSketch.of("Air/drone strike", 0.9).at(town("Homs", "SY")).placeBorrowed().build()));
        assertFalse(rule.joins(inIdlib, MentionSketch.of("Air/drone strike", 0.9).at(town("Homs", "SY")).build()),
                "both sentences named their town: two places");
        assertFalse(rule.joins(inIdlib, MentionSketch.of("Air/drone strike", 0.9).at(town("Mosul", "IQ")).placeBorrowed().build()),
                "another country");
    }

    @Test
    void anEventNoSentencePlacedJoinsByCountryToo() {
        MentionGroup borrowed = MentionSketch.of("Air/drone strike", 0.9).at(town("Idlib", "SY")).placeBorrowed().group();
        assertTrue(rule.joins(borrowed, MentionSketch.of("Air/drone strike", 0.9).at(town("Homs", "SY")).build()));
    }
}
