package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.scoring.FeatureNames;

import java.util.List;

/**
 * The evidence that an assembled event is a real, recent event of the article (not background, a reaction,
 * or a piece of another event): named features, each a constant of {@link Feature} and its case in
 * {@link #value}, values in [0, 1]. The weights are fitted on annotated articles (./train events) and read by
 * {@link EventScorer}; the order of {@link #ALL} is the order of the weights file. Some features look at the article's other events: an event is weighed
 * among them (a second event at the same place and day, told by a weaker word, is often the same incident).
 */
public final class EventFeatures {
    private EventFeatures() {
    }

    /** The features, in the order of the weights file (named there as {@link FeatureNames} says); {@link #value} computes each. */
    public enum Feature {
        TRIGGER_WEIGHT,
        MENTIONS,
        ANCHORED_SHARE,
        DATE_STATED,
        DATE_VAGUE,
        DAYS_BEFORE_PUBLICATION,
        PLACE_STATED,
        COUNTRY_ONLY,
        PLACE_FROM_CUE,
        PLACE_CONFIDENCE,
        FATALITIES,
        INJURED,
        SOURCES,
        ACTORS,
        HEADLINE,
        CONTINUED,
        POSITION,
        LATER_STORY,
        BATTLES,
        EXPLOSIONS,
        VIOLENCE_AGAINST_CIVILIANS,
        PROTESTS,
        RIOTS,
        STRATEGIC_DEVELOPMENTS,
        SAME_PLACE_OTHER_EVENT,
        SURER_EVENT_SAME_PLACE_AND_DAY,
        SURER_EVENT_SAME_SENTENCE,
        ARTICLE_EVENTS,
        BACKGROUND_CUE,
        REACTION_CUE,
        DENIAL_CUE,
        FUTURE_CUE,
        QUOTED,
        EVENT_SENTENCE
    }

    public static final List<Feature> ALL = List.of(Feature.values());

    public static List<String> names() {
        return FeatureNames.of(ALL);
    }

    public static double[] vector(EventCandidate c, List<EventCandidate> all) {
        double[] x = new double[ALL.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = value(ALL.get(i), c, all);
        }
        return x;
    }

    // one switch rather than a lambda per feature: the JVM spins a class for every lambda when it first meets it,
    // about 0.3 ms each in a fresh JVM, and the three scorers' features were 86 of them at every start
    static double value(Feature f, EventCandidate c, List<EventCandidate> all) {
        return switch (f) {
            case TRIGGER_WEIGHT -> c.told().triggerWeight();
            case MENTIONS -> mentions(c, all);
            case ANCHORED_SHARE -> c.told().anchoredShare();
            case DATE_STATED -> flag(c.told().dateStated());
            case DATE_VAGUE -> flag(c.draft().day().date() == null);
            case DAYS_BEFORE_PUBLICATION -> daysBefore(c, all);
            case PLACE_STATED -> flag(c.told().placeStated());
            case COUNTRY_ONLY -> flag(c.draft().where().countryOnly());
            case PLACE_FROM_CUE -> flag(c.draft().where().confidence() == null);
            case PLACE_CONFIDENCE -> placeConfidence(c, all);
            case FATALITIES -> flag(c.draft().casualties().fatalities() != null);
            case INJURED -> flag(c.draft().casualties().injuredCount() != null);
            case SOURCES -> flag(!c.draft().sources().isEmpty());
            case ACTORS -> flag(!c.draft().actors().isEmpty());
            case HEADLINE -> flag(c.told().headline());
            case CONTINUED -> flag(c.told().continued());
            case POSITION -> c.position();
            case LATER_STORY -> flag(c.told().story() > 0);
            case BATTLES -> type(c, AcledLabel.BATTLES);
            case EXPLOSIONS -> type(c, AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE);
            case VIOLENCE_AGAINST_CIVILIANS -> type(c, AcledLabel.VIOLENCE_AGAINST_CIVILIANS);
            case PROTESTS -> type(c, AcledLabel.PROTESTS);
            case RIOTS -> type(c, AcledLabel.RIOTS);
            case STRATEGIC_DEVELOPMENTS -> type(c, AcledLabel.STRATEGIC_DEVELOPMENTS);
            case SAME_PLACE_OTHER_EVENT -> samePlaceOtherEvent(c, all);
            case SURER_EVENT_SAME_PLACE_AND_DAY -> surerSamePlaceAndDay(c, all);
            case SURER_EVENT_SAME_SENTENCE -> surerSameSentence(c, all);
            case ARTICLE_EVENTS -> articleEvents(c, all);
            case BACKGROUND_CUE -> c.cueShare("background");
            case REACTION_CUE -> c.cueShare("reaction");
            case DENIAL_CUE -> c.cueShare("denial");
            case FUTURE_CUE -> c.cueShare("future");
            case QUOTED -> c.cueShare(EventContextCues.QUOTED);
            case EVENT_SENTENCE -> c.sentenceScore();
        };
    }

    /** How many sentences told it, on a log scale (1 → 0, 8 or more → 1). */
    static double mentions(EventCandidate c, List<EventCandidate> all) {
        return Math.min(1, Math.log(c.told().mentions()) / Math.log(8));
    }

    /** Days before publication over 30 (the assembler drops events older than that): 0 for today or unknown. */
    static double daysBefore(EventCandidate c, List<EventCandidate> all) {
        return c.daysBefore() == null ? 0 : Math.max(0, Math.min(1, c.daysBefore() / 30.0));
    }

    /** The place scorer's probability for the event's place; 0 for a place known only from its cue word. */
    static double placeConfidence(EventCandidate c, List<EventCandidate> all) {
        Double p = c.draft().where().confidence();
        return p == null ? 0 : p;
    }

    /** Another event of the article at the same place. */
    static double samePlaceOtherEvent(EventCandidate c, List<EventCandidate> all) {
        return flag(all.stream().anyMatch(o -> o != c && o.placeKey().equals(c.placeKey())));
    }

    /** Another event at the same place and on the same day, told by a surer word: often the same incident. */
    static double surerSamePlaceAndDay(EventCandidate c, List<EventCandidate> all) {
        return flag(all.stream().anyMatch(o -> o != c && o.placeKey().equals(c.placeKey())
                && java.util.Objects.equals(o.draft().day().date(), c.draft().day().date()) && o.triggerWeight() > c.triggerWeight()));
    }

    /**
     * Another event told by a surer word in one of this event's sentences: "clashes broke out after the airstrike"
     * makes two events of one sentence, and the weaker is most often a part or a consequence of the surer (on the
     * tuning set 27 % of such reported events were right, against 50 % of events told in sentences of their own).
     */
    static double surerSameSentence(EventCandidate c, List<EventCandidate> all) {
        java.util.Set<dev.articleevents.core.model.Span> mine = new java.util.HashSet<>(c.draft().evidence());
        return flag(all.stream().anyMatch(o -> o != c && o.triggerWeight() > c.triggerWeight()
                && o.draft().evidence().stream().anyMatch(mine::contains)));
    }

    /** How many events the article yields, on a log scale (1 → 0, 16 or more → 1). */
    static double articleEvents(EventCandidate c, List<EventCandidate> all) {
        return Math.min(1, Math.log(all.size()) / Math.log(16));
    }

    private static double type(EventCandidate c, AcledLabel eventType) {
        return flag(eventType.is(c.draft().eventType()));
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
