package dev.articleevents.core.extract;

import dev.articleevents.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.articleevents.core.extract.SentenceFixture.killed;
import static dev.articleevents.core.model.AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE;
import static dev.articleevents.core.model.AcledLabel.REMOTE_EXPLOSIVE_LANDMINE_IED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the toll scorer reads about a death toll among the other tolls of its event. */
class TollFeaturesTest {
    private static final Trigger BOMB = SentenceFixture.word(0, EXPLOSIONS_REMOTE_VIOLENCE, REMOTE_EXPLOSIVE_LANDMINE_IED, 0.95);

    private static Mention told(int sentenceStart, CasualtyFigure... figures) {
        Mention m = SentenceFixture.mention(BOMB, new Span(sentenceStart, sentenceStart + 100), null, null, true);
        return new Mention(m.trigger(), m.at(), m.where(), m.day(), m.who(), List.of(figures), true, null);
    }

    private static double feature(String name, TollFeatures.Toll t) {
        int i = TollFeatures.names().indexOf(name);
        assertTrue(i >= 0, "no feature " + name);
        return TollFeatures.vector(t)[i];
    }

    @Test
    void aRunningTotalStandsOutAgainstTheEventsOtherTolls() {
        // "Twenty were killed in Hilla" … "Twenty people died" … "350 have been killed since the offensive began"
        CasualtyFigure twenty = killed(20, 10, 20);
        CasualtyFigure again = killed(20, 210, 220);
        CasualtyFigure total = killed(350, 1410, 1420);
        List<Mention> event = List.of(told(0, twenty), told(200, again), told(1400, total));
        TollFeatures.Toll first = new TollFeatures.Toll(twenty, event.get(0), TollFeatures.EventTolls.of(event), 2000, java.util.Set.of(), 0.8);
        TollFeatures.Toll running = new TollFeatures.Toll(total, event.get(2), TollFeatures.EventTolls.of(event), 2000, java.util.Set.of("total"),
                0.2);

        assertEquals(1, feature("corroborated", first), "another sentence gives 20 too");
        assertEquals(0, feature("corroborated", running));
        assertEquals(0, feature("times-smallest", first));
        assertEquals(Math.log(350 / 20.0) / Math.log(100), feature("times-smallest", running), 1e-9);
        assertEquals(1, feature("largest-of-event", running));
        assertEquals(0, feature("largest-of-event", first));
        assertEquals(1, feature("first-sentence-of-event", first));
        assertEquals(0.7, feature("after-first-sentence", running), 1e-9);
        assertEquals(1, feature("figures-disagree", running));
        assertEquals(1, feature("running-total-cue", running));
        assertEquals(0, feature("running-total-cue", first));
        assertEquals(0.8, feature("reporting-sentence", first), 1e-9, "the sentence scorer's reading of the toll's sentence");
        assertEquals(0.2, feature("reporting-sentence", running), 1e-9);
    }

    @Test
    void onlyExactDeathTollsAreWeighed() {
        assertTrue(TollFeatures.isExactKilled(killed(3, 0, 1)));
        assertFalse(TollFeatures.isExactKilled(new CasualtyFigure(CasualtyFigure.KILLED, new Count(null, "vague", 0, 1), "dozens", 0, 1)));
        assertFalse(TollFeatures.isExactKilled(new CasualtyFigure(CasualtyFigure.INJURED, new Count(4, "exact", 0, 1), "4 wounded", 0, 1)));
    }

    @Test
    void theUntrainedScorerKeepsEveryToll() {
        TollScorer untrained = TollScorer.untrained();
        assertTrue(untrained.probability(new double[TollFeatures.ALL.size()]) >= untrained.threshold());
    }
}
