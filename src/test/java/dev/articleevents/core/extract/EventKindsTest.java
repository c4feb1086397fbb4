package dev.articleevents.core.extract;

import dev.articleevents.core.resource.TsvResource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** lexicon/event-kinds.tsv: every kind the trigger data can produce is described, and the table says what the rules relied on. */
class EventKindsTest {
    @Test
    void everyTriggerKindIsInTheTable() {
        for (String[] row : TsvResource.rows("lexicon/triggers.tsv", 5)) {
            EventKinds.Kind k = EventKinds.of(row[3]);
            assertEquals(row[2], k.eventType(), row[3] + " filed under another event type");
        }
        assertThrows(IllegalArgumentException.class, () -> EventKinds.of("Car chase"));
    }

    @Test
    void kindsOfOneIncidentMergeAndTheHigherRankNamesIt() {
        assertTrue(EventKinds.sameFamily("Suicide bomb", "Remote explosive/landmine/IED"));
        assertTrue(EventKinds.outranks("Suicide bomb", "Remote explosive/landmine/IED"));
        assertFalse(EventKinds.outranks("Remote explosive/landmine/IED", "Suicide bomb"));
        assertTrue(EventKinds.outranks("Excessive force against protesters", "Peaceful protest"));
        assertFalse(EventKinds.sameFamily("Air/drone strike", "Shelling/artillery/missile attack"));
    }

    @Test
    void actorsAndThresholds() {
        assertTrue(EventKinds.of("Air/drone strike").stateAuthor());
        assertFalse(EventKinds.of("Air/drone strike").unnamedAuthor(), "only states fly strikes: no unidentified group");
        assertTrue(EventKinds.of("Armed clash").twoSides());
        assertTrue(EventKinds.of("Armed clash").participants());
        assertEquals("Civilians", EventKinds.of("Attack").implied());
        assertNull(EventKinds.of("Armed clash").implied());
        assertEquals("parties", EventKinds.of("Agreement").statesNamed());
        assertEquals(0.6, EventKinds.of("Arrests").minWeight());
        assertEquals(0.7, EventKinds.of("Non-violent transfer of territory").minWeight());
        assertEquals(0.6, EventKinds.of("Government regains territory").minWeight());
        assertEquals(0, EventKinds.of("Suicide bomb").minWeight());
    }
}
