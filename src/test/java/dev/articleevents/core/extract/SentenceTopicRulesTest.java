package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.articleevents.core.extract.SentenceFixture.sentence;
import static dev.articleevents.core.extract.SentenceFixture.town;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence rules that decide what a sentence is about before its event words are read. */
class SentenceTopicRulesTest {
    private static PlaceMention city(String name, String featureCode) {
        return new PlaceMention(0, 1, 0, name.length(), name, new Place(name.hashCode(), name, "LY", null,
                new Place.Point(32.9, 13.2), new Place.Feature("city", featureCode), 1_000_000), null, 0.9);
    }

    @Test
    void capitalIsTheStoryCity() {
        CapitalIsTheStoryCity rule = new CapitalIsTheStoryCity();
        PlaceMention tripoli = city("Tripoli", "PPLC");
        assertTrue(rule.applies(List.of(), tripoli, () -> true), "\"in the capital\", in a story set in a capital");
        assertFalse(rule.applies(List.of(), city("Misrata", "PPL"), () -> true), "the story's city is no capital");
        assertFalse(rule.applies(List.of(), tripoli, () -> false), "the sentence does not say \"the capital\"");
        assertFalse(rule.applies(List.of(), null, () -> true), "no city told so far");
        var s = sentence("Clashes broke out in Zawiya and in the capital.");
        assertFalse(rule.applies(List.of(town(s, "Zawiya", 1, "LY", "in")), tripoli, () -> true),
                "a town of its own is where the sentence is set");
    }

    @Test
    void nonEventSentence() {
        NonEventSentence rule = new NonEventSentence();
        assertTrue(rule.applies(new NonEventCues.Reading(true, false, false)));
        assertFalse(rule.applies(new NonEventCues.Reading(false, true, true)), "a total alone is for the next rule");
    }

    @Test
    void addsToATotal() {
        AddsToATotal rule = new AddsToATotal();
        NonEventCues.Reading also = new NonEventCues.Reading(false, false, true);
        assertTrue(rule.applies(also, true), "\"also killed\" right after a running total");
        assertFalse(rule.applies(also, false), "\"also killed\" after an event of its own is news");
        assertFalse(rule.applies(new NonEventCues.Reading(false, false, false), true), "nothing added");
    }

    @Test
    void theCuesAreReadFromTheLexicon() {
        NonEventCues cues = new NonEventCues();
        var court = sentence("A court sentenced him to death.");
        assertTrue(new NonEventSentence().applies(cues.read(court.tokens(), court.from(), court.to(), "en")));
    }

    @Test
    void accidentsAreNoEvents() {
        // ACLED leaves accidents and disasters out: a capsized boat, a train collision, floods, a truck off the road
        NonEventCues cues = new NonEventCues();
        NonEventSentence rule = new NonEventSentence();
        for (String[] told : new String[][]{
                {"Six personnes sont mortes après le chavirement d'une pirogue sur le lac.", "fr"},
                {"Ten people were killed when two trains collided near the station.", "en"},
                {"قتل 10 أشخاص في اصطدام قطاري ركاب في محافظة البحيرة", "ar"},
                {"قتل 19 شخصا بعد انحراف شاحنة عن الطريق", "ar"},
                {"أدت سيول غزيرة إلى مقتل 12 شخصا", "ar"}}) {
            var s = sentence(told[0]);
            assertTrue(rule.applies(cues.read(s.tokens(), s.from(), s.to(), told[1])), told[0]);
        }
        var attack = sentence("قتل 10 أشخاص في هجوم على قطار في محافظة البحيرة");
        assertFalse(rule.applies(cues.read(attack.tokens(), attack.from(), attack.to(), "ar")), "an attack on a train is an event");
    }
}
