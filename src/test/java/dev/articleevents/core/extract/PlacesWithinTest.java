package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlacesWithinTest {
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
}
