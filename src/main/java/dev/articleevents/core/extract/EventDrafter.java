package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.Place;
import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.EventEvidence;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A group of mentions → the event it tells ({@link EventDraft}) and what the scorer weighs about it, or nothing. */
final class EventDrafter {
    private final Gazetteer gazetteer;
    private final GroupingRules rules;
    private final TollScorer tolls;

    EventDrafter(Gazetteer gazetteer, GroupingRules rules, TollScorer tolls) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.tolls = tolls;
    }

    /** Null when the group is no event to report: nowhere to put it, or background. */
    EventCandidate candidate(MentionGroup g, MentionSentences sentences, LocalDate published, int textLength) {
        if (rules.noPlace.drops(g)) {
            rules.fired(rules.noPlace);
            return null;
        }
        Mention dated = g.dated();
        boolean vague = g.mentions().stream().allMatch(Mention::vagueDate);
        LocalDate date = vague ? null : dated.date();
        // a vague date may still bound the day ("in January": on or before the 31st)
        if (rules.background.drops(vague ? dated.date() : date, published)) {
            rules.fired(rules.background);
            return null;
        }
        List<TollScorer.Scored> scoredTolls = new ArrayList<>();
        EventDraft draft = draft(g, new EventDraft.Day(date, dated.dateKnown() ? dated.dateText() : null), textLength, sentences,
                scoredTolls);
        Integer daysBefore = date == null || published == null ? null : (int) ChronoUnit.DAYS.between(date, published);
        int first = draft.evidence().isEmpty() ? 0 : draft.evidence().get(0).start();
        return new EventCandidate(draft, telling(g, dated), daysBefore,
                textLength == 0 ? 0 : Math.min(1, first / (double) textLength), EventAssembler.placeKey(g.place()),
                new EventCandidate.Sentences(cueShares(g, sentences), likeliestSentence(g, sentences)), readFrom(g),
                List.copyOf(scoredTolls));
    }

    /** Where the group's event words and sources stand, each once, in text order. */
    private static EventEvidence readFrom(MentionGroup g) {
        java.util.Comparator<Span> inText = java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end);
        List<Span> words = g.mentions().stream().map(Mention::word).distinct().sorted(inText).toList();
        List<EventEvidence.Source> sources = g.mentions().stream().flatMap(m -> m.who().sources().stream()).distinct()
                .sorted(java.util.Comparator.comparing(EventEvidence.Source::span, inText)).toList();
        return new EventEvidence(words, sources);
    }

    /** {@code scoredTolls} receives each exact toll the mentions give, once, scored by the toll scorer ({@link #tallyOf}). */
    private EventDraft draft(MentionGroup g, EventDraft.Day day, int textLength, MentionSentences sentences,
                             List<TollScorer.Scored> scoredTolls) {
        EventDraft.Where where = where(g);
        String countryName = countryName(where.country());
        CasualtyTally tally = tallyOf(g, textLength, sentences, scoredTolls);
        Set<String> sources = new LinkedHashSet<>();
        Set<Span> evidence = new LinkedHashSet<>();
        for (Mention m : g.mentions()) {
            sources.addAll(m.sources());
            evidence.add(m.sentence());
        }
        String eventType = g.eventType();
        String subType = rules.territory.subEventType(g.subEventType(), g.mentions(), countryName);
        if (!subType.equals(g.subEventType())) {
            rules.fired(rules.territory);
        }
        if (rules.violentProtest.turns(eventType, g.mentions(), sentences.cues())) {
            rules.fired(rules.violentProtest);
            eventType = AcledLabel.RIOTS.label();
            subType = AcledLabel.VIOLENT_DEMONSTRATION.label();
        }
        List<Actor> actors = ActorRoles.assign(g.mentions(), subType, countryName);
        List<Span> spans = evidence.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        return new EventDraft(eventType, subType, day, where, actors,
                new EventDraft.Casualties(tally.fatalities(), tally.injured(), tally.reports()), List.copyOf(sources), spans);
    }

    /**
     * Every figure of the group's mentions, by source, with the headline toll chosen: each exact toll is scored once
     * (into {@code scoredTolls}); each source's likeliest toll is its count (none when even that is below the
     * threshold), and the highest of those counts is the event's fatalities — sources that disagree are most often
     * a count and its later revision. Every figure stays in the per-source reports.
     */
    private CasualtyTally tallyOf(MentionGroup g, int textLength, MentionSentences sentences, List<TollScorer.Scored> scoredTolls) {
        CasualtyTally tally = new CasualtyTally();
        List<TollScorer.Scored> exact = new ArrayList<>();
        TollFeatures.EventTolls eventTolls = TollFeatures.EventTolls.of(g.mentions());
        Set<CasualtyFigure> scored = new java.util.HashSet<>();
        for (Mention m : g.mentions()) {
            for (CasualtyFigure f : m.casualties()) {
                tally.add(f, m.sources());
                if (TollFeatures.isExactKilled(f) && scored.add(f)) {
                    exact.add(score(new TollFeatures.Toll(f, m, eventTolls, textLength, sentences.cuesOf(m), sentences.scoreOf(m)),
                            CasualtyTally.sourceOf(m.sources())));
                    tally.injuredBeside(f, injuredIn(m));
                }
            }
        }
        scoredTolls.addAll(exact);
        if (!exact.isEmpty()) {
            Map<String, CasualtyFigure> chosen = new LinkedHashMap<>();
            TollScorer.likeliestBySource(exact, TollScorer.Scored::source, TollScorer.Scored::probability, tolls.threshold())
                    .forEach((source, s) -> chosen.put(source, s.figure()));
            tally.headlineTolls(chosen);
        }
        return tally;
    }

    /** The exact injured figure a sentence gives beside its toll ("20 morts et 38 blessés"), or null. */
    private static CasualtyFigure injuredIn(Mention m) {
        for (CasualtyFigure f : m.casualties()) {
            if (CasualtyFigure.INJURED.equals(f.kind()) && f.count().value() != null) {
                return f;
            }
        }
        return null;
    }

    private TollScorer.Scored score(TollFeatures.Toll toll, String source) {
        double[] x = TollFeatures.vector(toll);
        return new TollScorer.Scored(toll.figure(), source, x, tolls.probability(x));
    }

    private static EventDraft.Where where(MentionGroup g) {
        Place enclosing = null;
        for (Mention m : g.mentions()) {
            if (m.enclosing() != null && m.enclosing().place() != null) {
                enclosing = m.enclosing().place();
                break;
            }
        }
        return new EventDraft.Where(g.place(),
                g.mentions().stream().map(Mention::sublocation).filter(Objects::nonNull).findFirst().orElse(null), enclosing);
    }

    private static EventCandidate.Telling telling(MentionGroup g, Mention dated) {
        List<Mention> ms = g.mentions();
        long anchored = ms.stream().filter(Mention::anchored).count();
        return new EventCandidate.Telling(g.weight(), ms.size(), anchored / (double) ms.size(), dated.dateKnown(),
                ms.stream().anyMatch(Mention::placeStated), ms.stream().anyMatch(Mention::headline),
                ms.stream().anyMatch(m -> m.follows() != null), g.first().story());
    }

    /** The sentence scorer's probability for the likeliest of the group's sentences (0 when none was scored). */
    private static double likeliestSentence(MentionGroup g, MentionSentences sentences) {
        return g.mentions().stream().mapToDouble(sentences::scoreOf).max().orElse(0);
    }

    private static Map<String, Double> cueShares(MentionGroup g, MentionSentences sentences) {
        Map<String, Double> shares = new HashMap<>();
        for (String kind : EventContextCues.EVENT_KINDS) {
            long with = g.mentions().stream().filter(m -> sentences.cuesOf(m).contains(kind)).count();
            shares.put(kind, with / (double) g.mentions().size());
        }
        return Map.copyOf(shares);
    }

    /** The country's name as actors are named ("Military Forces of Syria"), or its code when the gazetteer lacks it. */
    private String countryName(String cc) {
        if (cc == null) {
            return null;
        }
        Place country = gazetteer.country(cc);
        return country == null ? cc : country.name();
    }
}
