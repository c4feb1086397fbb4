package dev.articleevents.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mentions → groups, one per event: one kind of action, at one place, on one day. Mentions that date, place or
 * count what they tell go first and may start events; general talk then joins them; the title joins last, since
 * it restates the body's main event.
 */
final class EventGrouping {
    private final GroupingRules rules;
    private final EventTyping typing;

    EventGrouping(GroupingRules rules) {
        this.rules = rules;
        this.typing = new EventTyping(rules);
    }

    /** @param sentences how likely each mention's sentence reports an event ({@link EventSentenceScorer}) */
    List<MentionGroup> groups(List<Mention> mentions, LocalDate published, MentionSentences sentences) {
        List<MentionGroup> groups = new ArrayList<>();
        // which group holds a mention (the earliest, as a scan of the groups would find): a scan per mention
        // made long articles quadratic
        Map<Mention, Integer> groupOf = new IdentityHashMap<>();
        for (boolean anchoredPass : new boolean[]{true, false}) {
            for (Mention m : mentions) {
                if (m.anchored() == anchoredPass && !m.headline()) {
                    assign(m, groups, groupOf, published, sentences.scoreOf(m));
                }
            }
        }
        for (Mention m : mentions) {
            if (m.headline()) {
                assignTitle(m, groups);
            }
        }
        return groups;
    }

    private void assign(Mention m, List<MentionGroup> groups, Map<Mention, Integer> groupOf, LocalDate published, double sentenceScore) {
        Integer home = rules.anaphor.home(m, groupOf);
        if (home != null) {
            rules.fired(rules.anaphor);
        }
        String placeKey = home == null ? EventAssembler.placeKey(m.place()) : null;
        for (int k = 0; home == null && k < groups.size(); k++) {
            if (sameEvent(groups.get(k), m, placeKey, published)) {
                home = k;
            }
        }
        if (home != null) {
            groups.get(home).add(m, typing);
            groupOf.putIfAbsent(m, home);
        } else if (rules.generalTalkStarts.starts(m) || rules.generalTalkStarts.readsAsAReport(m, sentenceScore)) {
            groups.add(new MentionGroup(m, typing));
            groupOf.putIfAbsent(m, groups.size() - 1);
        } else {
            rules.fired(rules.generalTalkStarts);
        }
    }

    private void assignTitle(Mention m, List<MentionGroup> groups) {
        MentionGroup home = rules.title.home(groups, m, this::sameKind);
        if (home != null) {
            rules.fired(rules.title);
            home.add(m, typing);
        } else if (rules.generalTalkStarts.starts(m)) {
            groups.add(new MentionGroup(m, typing));
        } else {
            rules.fired(rules.generalTalkStarts);
        }
    }

    private boolean sameKind(MentionGroup g, Mention m) {
        return rules.family.sameKind(g.subEventType(), m.trigger().subEventType()) || rules.weakWord.joins(g.weight(), m.trigger());
    }

    /** @param placeKey the mention's {@link EventAssembler#placeKey} */
    private boolean sameEvent(MentionGroup g, Mention m, String placeKey, LocalDate published) {
        boolean strictly = rules.family.sameKind(g.subEventType(), m.trigger().subEventType());
        if (!strictly && !rules.weakWord.joins(g.weight(), m.trigger())) {
            return false;
        }
        boolean samePlace = rules.samePlaceDay.samePlace(g, m, placeKey);
        boolean countryHolds = !samePlace && (rules.countryHoldsTown.holds(g.place(), m.place())
                || rules.countryHoldsTown.holds(m.place(), g.place()));
        boolean borrowed = !samePlace && !countryHolds && rules.borrowedPlace.joins(g, m);
        boolean joins = (samePlace || countryHolds || borrowed) && rules.samePlaceDay.sameDay(g, m) && g.first().story() >= 0;
        if (rules.backgroundDay.keepsApart(g.dated(), m, published)) {
            if (joins) {
                rules.fired(rules.backgroundDay);
            }
            return false;
        }
        if (rules.vagueDay.keepsApart(m, strictly)) {
            if (joins) {
                rules.fired(rules.vagueDay);
            }
            return false;
        }
        if (joins) {
            countJoin(g, m, strictly, countryHolds, borrowed);
        }
        return joins;
    }

    /** Counts the rules a join needed: the base rule, and whichever let a weaker kind or place match. */
    private void countJoin(MentionGroup g, Mention m, boolean strictly, boolean countryHolds, boolean borrowed) {
        rules.fired(rules.samePlaceDay);
        if (!strictly) {
            rules.fired(rules.weakWord);
        } else if (!g.subEventType().equals(m.trigger().subEventType())) {
            rules.fired(rules.family);
        }
        if (countryHolds) {
            rules.fired(rules.countryHoldsTown);
        } else if (borrowed) {
            rules.fired(rules.borrowedPlace);
        }
    }
}
