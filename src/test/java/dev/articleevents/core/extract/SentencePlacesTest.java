package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.articleevents.core.extract.SentenceFixture.sentence;
import static dev.articleevents.core.extract.SentenceFixture.town;
import static dev.articleevents.core.extract.SentenceFixture.word;
import static dev.articleevents.core.model.AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE;
import static dev.articleevents.core.model.AcledLabel.REMOTE_EXPLOSIVE_LANDMINE_IED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a sentence's places are narrowed down to the one its event word happened at. */
class SentencePlacesTest {
    private static PlaceMention at(int start, int end) {
        return new PlaceMention(start, end, start * 5, end * 5, "P" + start, null, "settlement-village");
    }

    @Test
    void placesWhollyInsideTheTokenRangeInTextOrder() {
        List<PlaceMention> sorted = List.of(at(0, 1), at(3, 5), at(3, 4), at(7, 9), at(9, 10), at(12, 13));
        assertEquals(List.of(at(3, 5), at(3, 4), at(7, 9)), SentencePlaces.within(sorted, 3, 9));
        assertEquals(List.of(at(9, 10)), SentencePlaces.within(sorted, 8, 11), "one reaching past the end is left out");
        assertEquals(List.of(), SentencePlaces.within(sorted, 13, 20));
        assertEquals(sorted, SentencePlaces.within(sorted, 0, 13));
    }

    @Test
    void aPlaceThatLocatesAnotherIsNotWhereTheEventWas() {
        SentenceAt s = sentence("In the centre of Hilla, about 100 km south of Baghdad, two car bombs exploded.");
        PlaceMention hilla = town(s, "Hilla", 1, "IQ", "settlement");
        PlaceMention baghdad = town(s, "Baghdad", 1, "IQ", "direction");
        Trigger bombs = word(s, "bombs", EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.95);
        assertTrue(SentencePlaces.isLandmark(List.of(hilla, baghdad), baghdad));
        assertFalse(SentencePlaces.isLandmark(List.of(hilla, baghdad), hilla));
        assertSame(hilla, SentencePlaces.best(List.of(hilla, baghdad), bombs, false), "Baghdad is nearer the event word");
        assertFalse(SentencePlaces.isLandmark(List.of(baghdad), baghdad), "alone, south of Baghdad is where it was");
    }
}
