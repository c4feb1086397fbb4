package dev.articleevents.core.extract;

import dev.articleevents.core.rules.RuleCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.articleevents.core.extract.MentionSketch.country;
import static dev.articleevents.core.extract.MentionSketch.town;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grouping runs its rules in order and counts a rule when it decides something. */
class GroupingChainTest {
    private static long fired(GroupingRules rules, String rule) {
        return rules.counts().stream().filter(c -> c.rule().equals(rule)).mapToLong(RuleCount::fired).sum();
    }

    @Test
    void aCarBombAndASuicideBomberAtOnePlaceAndDayAreOneEventNamedByTheSuicideBomb() {
        GroupingRules rules = new GroupingRules();
        List<Mention> mentions = List.of(
                MentionSketch.of("Remote explosive/landmine/IED", 0.9).at(town("Kabul", "AF")).on("2020-02-27").build(),
                MentionSketch.of("Suicide bomb", 0.95).at(town("Kabul", "AF")).on("2020-02-27").build(),
                MentionSketch.of("Armed clash", 0.9).at(town("Herat", "AF")).on("2020-02-27").build(),
                MentionSketch.of("Suicide bomb", 0.9).at(country("Afghanistan", "AF")).title().build());
        List<MentionGroup> groups = new EventGrouping(rules).groups(mentions, LocalDate.parse("2020-02-28"), new MentionSentences(java.util.Map.of(), java.util.Map.of()));
        assertEquals(2, groups.size());
        assertEquals("Suicide bomb", groups.get(0).subEventType());
        assertEquals(3, groups.get(0).mentions().size());
        assertEquals(1, fired(rules, "family-kinds-merge"));
        assertEquals(1, fired(rules, "same-place-day-same-event"));
        assertEquals(1, fired(rules, "higher-rank-names-incident"));
        assertEquals(1, fired(rules, "title-joins-body-event"));
        assertEquals(0, fired(rules, "weak-word-joins-any-kind"));
    }

    @Test
    void theChainIsNamedGroupingAndListsEveryRuleOnce() {
        List<RuleCount> counts = new EventAssembler(null, EventScorer.untrained()).ruleCounts();
        assertEquals(18, counts.size());
        counts.forEach(c -> assertEquals("grouping", c.chain()));
        assertEquals(counts.size(), counts.stream().map(RuleCount::rule).distinct().count());
    }
}
