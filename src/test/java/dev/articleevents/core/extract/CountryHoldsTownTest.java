package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryHoldsTownTest {
    private final CountryHoldsTown rule = new CountryHoldsTown();

    @Test
    void aCountryHoldsItsOwnTownsOnly() {
        assertTrue(rule.holds(country("Syria", "SY"), town("Idlib", "SY")));
        assertFalse(rule.holds(town("Idlib", "SY"), country("Syria", "SY")), "a town holds no country");
        assertFalse(rule.holds(country("Syria", "SY"), town("Mosul", "IQ")));
        assertFalse(rule.holds(country("Syria", "SY"), country("Syria", "SY")), "the same country is the same place, not a holder");
        assertFalse(rule.holds(country("Syria", "SY"), MentionSketch.village("Kafr Nabl")), "a village of unknown country");
    }
}
