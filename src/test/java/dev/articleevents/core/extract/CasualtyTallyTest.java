package dev.articleevents.core.extract;

import dev.articleevents.core.model.CasualtyReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An event's figures: every source's report kept, the headline toll the one the toll scorer chose. */
class CasualtyTallyTest {
    private static CasualtyFigure killed(int n, String group) {
        return new CasualtyFigure(CasualtyFigure.KILLED, new Count(n, "exact", 0, 1), n + " killed", 0, 1, group);
    }

    private static CasualtyFigure injured(int n) {
        return new CasualtyFigure(CasualtyFigure.INJURED, new Count(n, "exact", 0, 1), n + " injured", 0, 1);
    }

    @Test
    void withoutAChoiceTheHighestTollLeads() {
        CasualtyTally t = new CasualtyTally();
        t.add(killed(20, null), List.of());
        t.add(killed(55, null), List.of("AFP"));
        assertEquals(55, t.fatalities().count().value());
    }

    @Test
    void theChosenTollLeadsAndEveryReportStays() {
        CasualtyTally t = new CasualtyTally();
        CasualtyFigure twenty = killed(20, null);
        t.add(twenty, List.of());
        t.add(injured(38), List.of());
        t.add(killed(55, null), List.of());
        t.add(killed(12, null), List.of("AFP"));
        t.headlineTolls(java.util.Map.of(CasualtyTally.UNATTRIBUTED, twenty));
        assertEquals(20, t.fatalities().count().value());
        assertEquals(38, t.injured().count().value(), "the injured of the chosen toll's report");
        assertEquals(List.of(20, 12), t.reports().stream().map(CasualtyReport::fatalities).toList(),
                "each source's chosen toll; AFP's, whose toll was not kept, as the text gave it");
    }

    @Test
    void sourcesThatDisagreeGiveTheHigherOfTheirChosenTolls() {
        // AP: 23 dead; AFP: 15 dead (the later revision is the higher count)
        CasualtyTally t = new CasualtyTally();
        CasualtyFigure ap = killed(23, null);
        CasualtyFigure afp = killed(15, null);
        t.add(ap, List.of("AP"));
        t.add(afp, List.of("AFP"));
        t.headlineTolls(java.util.Map.of("AP", ap, "AFP", afp));
        assertEquals(23, t.fatalities().count().value());
    }

    @Test
    void noTollChosenMeansNoToll() {
        CasualtyTally t = new CasualtyTally();
        t.add(killed(350, null), List.of());
        t.headlineTolls(java.util.Map.of());
        assertNull(t.fatalities());
        assertEquals(350, t.reports().get(0).fatalities(), "the report still says what the text said");
    }

    @Test
    void aChosenSideTollAddsTheOtherSides() {
        // "seven militants and two soldiers were killed"
        CasualtyTally t = new CasualtyTally();
        CasualtyFigure militants = killed(7, "nonstate");
        t.add(militants, List.of());
        t.add(killed(2, "state"), List.of());
        t.headlineTolls(java.util.Map.of(CasualtyTally.UNATTRIBUTED, militants));
        assertEquals(9, t.fatalities().count().value());
    }

    @Test
    void theInjuredAreThoseToldBesideTheChosenToll() {
        // "55 people were killed and 126 injured" (all the attacks); "in Hilla, 20 dead and 38 injured"
        CasualtyTally t = new CasualtyTally();
        CasualtyFigure all = killed(55, null);
        CasualtyFigure hilla = killed(20, null);
        t.add(all, List.of());
        t.add(injured(126), List.of());
        t.add(hilla, List.of());
        CasualtyFigure besideHilla = injured(38);
        t.add(besideHilla, List.of());
        t.injuredBeside(all, injured(126));
        t.injuredBeside(hilla, besideHilla);
        t.headlineTolls(java.util.Map.of(CasualtyTally.UNATTRIBUTED, hilla));
        assertEquals(20, t.fatalities().count().value());
        assertEquals(38, t.injured().count().value());
    }
}
