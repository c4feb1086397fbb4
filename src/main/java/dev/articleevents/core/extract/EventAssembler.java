package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.rules.RuleCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Mentions → the events to report: groups them into events ({@link EventGrouping}: one kind of action, at one
 * place, on one day), drafts each ({@link EventDrafter}), scores the drafts ({@link EventScorer}) and reports the
 * likely ones as the contract's events ({@link EventMapper}). The grouping rules are counted here, as chain
 * "grouping".
 */
public final class EventAssembler {
    private final GroupingRules rules = new GroupingRules();
    private final EventGrouping grouping = new EventGrouping(rules);
    private final EventDrafter drafter;
    private final EventScorer scorer;

    public EventAssembler(Gazetteer gazetteer) {
        this(gazetteer, EventScorer.load());
    }

    public EventAssembler(Gazetteer gazetteer, EventScorer scorer) {
        this(gazetteer, scorer, TollScorer.load());
    }

    public EventAssembler(Gazetteer gazetteer, EventScorer scorer, TollScorer tolls) {
        this.drafter = new EventDrafter(gazetteer, rules, tolls);
        this.scorer = scorer;
    }

    /** An assembled event, its features and the scorer's probability that it is one to report. */
    public record Scored(EventCandidate candidate, double[] features, double probability) {
        /** The contract's event of this candidate, its confidence the probability (digest not yet written). */
        public Event event() {
            return EventMapper.event(candidate.draft(), probability);
        }
    }

    /** The fire counts of the grouping rules since this assembler was built. */
    public List<RuleCount> ruleCounts() {
        return rules.counts();
    }

    /** Those of an article's scored events ({@link #score}) that are reported, in order; each event's confidence is its probability. */
    public List<Scored> reportedOf(List<Scored> scored) {
        List<Scored> out = new ArrayList<>();
        double likeliest = scored.stream().mapToDouble(Scored::probability).max().orElse(1);
        for (Scored s : scored) {
            if (reported(s.probability(), likeliest, scorer.threshold())) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether an event of this probability is reported: when the scorer finds it likely enough, or when it is the
     * article's likeliest event (an article telling one event, thinly, still yields it, its low confidence saying so).
     * Training counts kept events by the same rule.
     */
    public static boolean reported(double probability, double articleLikeliest, double threshold) {
        return probability >= threshold || probability == articleLikeliest;
    }

    /**
     * Every event the mentions make, scored, none dropped: what {@link #reportedOf} chooses from, and what training
     * learns from. {@code sentences}: what each mention's sentence reads like (its context cues, its report score);
     * {@code textLength} places each event in the text (the lead weighs differently).
     */
    List<Scored> score(List<Mention> mentions, MentionSentences sentences, LocalDate published, int textLength) {
        List<EventCandidate> candidates = new ArrayList<>();
        for (MentionGroup g : grouping.groups(mentions, published, sentences)) {
            EventCandidate c = drafter.candidate(g, sentences, published, textLength);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<Scored> out = new ArrayList<>(candidates.size());
        for (EventCandidate c : candidates) {
            double[] x = EventFeatures.vector(c, candidates);
            out.add(new Scored(c, x, scorer.probability(x)));
        }
        return out;
    }

    /** A place as events are compared: the gazetteer entry, or the normalised words of a place it lacks. */
    static String placeKey(PlaceMention p) {
        if (p == null) {
            return "";
        }
        return p.place() != null ? "g" + p.place().geonameId() + p.place().name() : "t" + TextNormalizer.normalize(p.surface());
    }
}
