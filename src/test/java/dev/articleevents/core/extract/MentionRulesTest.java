package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.articleevents.core.extract.SentenceFixture.actor;
import static dev.articleevents.core.extract.SentenceFixture.country;
import static dev.articleevents.core.extract.SentenceFixture.mention;
import static dev.articleevents.core.extract.SentenceFixture.sentence;
import static dev.articleevents.core.extract.SentenceFixture.town;
import static dev.articleevents.core.extract.SentenceFixture.word;
import static dev.articleevents.core.model.AcledLabel.AIR_DRONE_STRIKE;
import static dev.articleevents.core.model.AcledLabel.ARMED_CLASH;
import static dev.articleevents.core.model.AcledLabel.ARRESTS;
import static dev.articleevents.core.model.AcledLabel.BATTLES;
import static dev.articleevents.core.model.AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence rules that decide a mention's place, whether it continues the event just told, and its actors. */
class MentionRulesTest {
    private static final EventKinds.Kind STRIKE = EventKinds.of(AIR_DRONE_STRIKE.label());
    private static final EventKinds.Kind CLASH = EventKinds.of(ARMED_CLASH.label());

    @Test
    void foreignStateIsAParty() {
        SentenceAt s = sentence("France took part in the strikes near Douma.");
        PlaceMention france = country(s, "France", "FR");
        PlaceMention douma = town(s, "Douma", 1, "SY", "near");
        ForeignStateIsAParty rule = new ForeignStateIsAParty();
        assertTrue(rule.applies(france, STRIKE, douma));
        assertFalse(rule.applies(france, STRIKE, town(s, "Douma", 1, "FR", "near")), "the country the story is set in");
        assertFalse(rule.applies(france, EventKinds.of(ARRESTS.label()), douma), "arrests have no perpetrator states");
    }

    @Test
    void cityForItsCountry() {
        SentenceAt s = sentence("Clashes went on in Syria, as in Douma.");
        SentenceContext ctx = new SentenceContext();
        ctx.paragraphPlace = town(s, "Douma", 1, "SY", "in");
        CityForItsCountry rule = new CityForItsCountry();
        assertSame(ctx.paragraphPlace, rule.city(country(s, "Syria", "SY"), ctx, null));
        assertNull(rule.city(country(s, "Syria", "LB"), ctx, null), "the story's town lies in another country");
    }

    @Test
    void continuesEventJustTold() {
        String text = "An airstrike hit Douma. The airstrike was carried out on Wednesday.";
        SentenceAt first = sentence(text);
        Trigger before = word(first, "airstrike", EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.9);
        Mention last = mention(before, new Span(0, 23), null, null, true);
        SentenceAt s = sentence(text, 24, List.of(), List.of());
        Trigger again = new Trigger(SentenceFixture.at(s, "was") - 1, SentenceFixture.at(s, "was"), before.eventType(), before.subEventType(), 0.9);
        Mention.Where nowhere = new Mention.Where(null, null, null, false);
        Mention.Day undated = new Mention.Day(null, null, false, false);
        ContinuesEventJustTold rule = new ContinuesEventJustTold(new EventAnaphors());
        assertTrue(rule.applies(again, s, last, nowhere, null, undated));
        Trigger clash = new Trigger(again.start(), again.end(), BATTLES.label(), ARMED_CLASH.label(), 0.9);
        assertFalse(rule.applies(clash, s, last, nowhere, null, undated), "another kind of event");
        assertFalse(rule.applies(again, s, null, nowhere, null, undated), "nothing told before");
    }

    @Test
    void placesJoinedByAnd() {
        SentenceAt s = sentence("Strikes hit Kafr Batna and Saqba, Douma.");
        PlaceMention kafrBatna = town(s, "Kafr", 2, "SY", "in");
        PlaceMention saqba = town(s, "Saqba", 1, "SY", null);
        PlaceMention douma = town(s, "Douma", 1, "SY", null);
        PlacesJoinedByAnd rule = new PlacesJoinedByAnd();
        assertEquals(List.of(saqba, douma), rule.joinedTo(s.text(), List.of(kafrBatna, saqba, douma), kafrBatna, s.tokens()));
        SentenceAt between = sentence("Fighting between Kafr Batna and Saqba.");
        PlaceMention kb = town(between, "Kafr", 2, "SY", null);
        assertEquals(List.of(), rule.joinedTo(between.text(), List.of(kb, town(between, "Saqba", 1, "SY", null)), kb, between.tokens()),
                "between two places is one place");
        SentenceAt ranks = sentence("Strikes hit Saqba and Syria.");
        PlaceMention sq = town(ranks, "Saqba", 1, "SY", null);
        assertEquals(List.of(), rule.joinedTo(ranks.text(), List.of(sq, country(ranks, "Syria", "SY")), sq, ranks.tokens()),
                "a town and a country are not one list");
    }

    /** The canonical names a states-named rule adds, asserting that it says it fired. */
    private static List<String> statesAdded(java.util.function.Predicate<List<ActorMention>> rule) {
        List<ActorMention> actors = new ArrayList<>();
        assertTrue(rule.test(actors));
        return actors.stream().map(ActorMention::canonical).toList();
    }

    @Test
    void statesNamedAreParties() {
        SentenceAt s = sentence("Turkey and Russia signed the agreement.");
        List<PlaceMention> places = List.of(country(s, "Turkey", "TR"), country(s, "Russia", "RU"));
        StatesNamedAreParties rule = new StatesNamedAreParties();
        assertEquals(List.of("Government of Turkey", "Government of Russia"),
                statesAdded(actors -> rule.addTo(EventKinds.of("Agreement"), places, actors)));
        assertFalse(rule.addTo(STRIKE, places, new ArrayList<>()), "states beside a strike are not its parties");
    }

    @Test
    void statesNamedArePerpetrators() {
        SentenceAt s = sentence("Strikes by Britain hit Douma in Syria.");
        List<PlaceMention> places = List.of(country(s, "Britain", "GB"), country(s, "Syria", "SY"));
        StatesNamedArePerpetrators rule = new StatesNamedArePerpetrators();
        assertEquals(List.of("Military Forces of Britain"),
                statesAdded(actors -> rule.addTo(STRIKE, town(s, "Douma", 1, "SY", null), places, actors)),
                "not the country where the strike happened");
        assertFalse(rule.addTo(STRIKE, null, places, new ArrayList<>()), "no place, no abroad");
    }

    @Test
    void civiliansHit() {
        Trigger strike = word(0, EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, 0.9);
        List<ActorMention> actors = new ArrayList<>();
        CiviliansHit rule = new CiviliansHit();
        assertTrue(rule.addTo(strike, STRIKE, "civilian", actors));
        assertEquals("civilians", actors.get(0).kind());
        assertEquals("target", actors.get(0).cuedRole());
        assertFalse(rule.addTo(strike, STRIKE, "civilian", actors), "civilians already there");
        assertFalse(rule.addTo(strike, STRIKE, "armed", new ArrayList<>()));
        assertFalse(rule.addTo(strike, EventKinds.of("Attack"), "civilian", new ArrayList<>()), "an attack implies them already");
    }

    @Test
    void armedActorsOfParagraph() {
        String text = "Rebels entered the town. Fighting raged.";
        ActorMention rebels = actor("Rebels", "rebel", 0);
        SentenceAt s = sentence(text, 25, List.of(), List.of(rebels));
        List<ActorMention> actors = new ArrayList<>();
        ArmedActorsOfParagraph rule = new ArmedActorsOfParagraph();
        assertTrue(rule.addTo(CLASH, s, actors));
        assertEquals(List.of(rebels), actors);
        List<ActorMention> named = new ArrayList<>(List.of(actor("Police", "state-police", 5)));
        assertFalse(rule.addTo(STRIKE, s, named), "an armed actor named in a one-sided event's own sentence suffices");
    }

    @Test
    void stateAuthorOfStory() {
        SentenceContext ctx = new SentenceContext();
        ActorMention airForce = actor("Military Forces of Syria", "state-military", 0);
        ctx.storyArmed.add(airForce);
        List<ActorMention> actors = new ArrayList<>();
        StateAuthorOfStory rule = new StateAuthorOfStory();
        assertTrue(rule.addTo(STRIKE, ctx, actors));
        assertEquals(List.of(airForce), actors);
        assertFalse(rule.addTo(STRIKE, ctx, actors), "a state force is named already");
        assertFalse(rule.addTo(EventKinds.of(ARRESTS.label()), ctx, new ArrayList<>()), "not an act only states do");
    }

    @Test
    void otherSideOfStory() {
        SentenceContext ctx = new SentenceContext();
        ActorMention army = actor("Military Forces of Mali", "state-military", 0);
        ActorMention rebels = actor("Rebels", "rebel", 3);
        ctx.storyArmed.add(army);
        ctx.storyArmed.add(rebels);
        List<ActorMention> actors = new ArrayList<>(List.of(rebels));
        OtherSideOfStory rule = new OtherSideOfStory();
        assertTrue(rule.addTo(CLASH, ctx, actors));
        assertEquals(List.of(rebels, army), actors);
        SentenceContext onlyRebels = new SentenceContext();
        onlyRebels.storyArmed.add(rebels);
        assertFalse(rule.addTo(CLASH, onlyRebels, new ArrayList<>(List.of(rebels))), "no other side told");
    }
}
