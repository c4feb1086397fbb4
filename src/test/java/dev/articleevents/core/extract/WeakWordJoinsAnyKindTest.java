package dev.articleevents.core.extract;

import org.junit.jupiter.api.Test;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeakWordJoinsAnyKindTest {
    private final WeakWordJoinsAnyKind rule = new WeakWordJoinsAnyKind();

    @Test
    void aWeakWordOnEitherSideJoinsKindsThatDiffer() {
        Trigger killed = new Trigger(0, 1, "Violence against civilians", "Attack", 0.4);
        Trigger airStrike = new Trigger(0, 1, "Explosions/Remote violence", "Air/drone strike", 0.95);
        assertTrue(rule.joins(0.9, killed), "a weak word joins a sure event");
        assertTrue(rule.joins(0.4, airStrike), "a sure word joins an event told by weak words");
        assertFalse(rule.joins(0.9, airStrike), "two sure words of different kinds stay apart");
    }
}
