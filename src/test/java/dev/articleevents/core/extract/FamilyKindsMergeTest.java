package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyKindsMergeTest {
    private final FamilyKindsMerge rule = new FamilyKindsMerge();

    @Test
    void kindsOfOneFamilyAreOneKind() {
        assertTrue(rule.sameKind("Suicide bomb", "Remote explosive/landmine/IED"));
        assertTrue(rule.sameKind("Peaceful protest", "Excessive force against protesters"));
        assertTrue(rule.sameKind("Armed clash", "Armed clash"));
        assertFalse(rule.sameKind("Air/drone strike", "Shelling/artillery/missile attack"), "no family: two incidents");
    }
}
