package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;

import java.util.List;

/**
 * The evidence that an assembled event is a real, recent event of the article (not background, a reaction,
 * or a piece of another event), one small named function per feature, values in [0, 1]. The weights are
 * fitted on annotated articles (./train events) and read by {@link EventScorer}; the order of {@link #ALL}
 * is the order of the weights file. Some features look at the article's other events: an event is weighed
 * among them (a second event at the same place and day, told by a weaker word, is often the same incident).
 */
public final class EventFeatures {
    private EventFeatures() {
    }

    @FunctionalInterface
    public interface Feature {
        double value(EventCandidate c, List<EventCandidate> all);
    }

    public record Named(String name, Feature feature) {
    }

    public static final List<Named> ALL = List.of(
            new Named("trigger-weight", (c, all) -> c.told().triggerWeight()),
            new Named("mentions", EventFeatures::mentions),
            new Named("anchored-share", (c, all) -> c.told().anchoredShare()),
            new Named("date-stated", (c, all) -> flag(c.told().dateStated())),
            new Named("date-vague", (c, all) -> flag(c.draft().day().date() == null)),
            new Named("days-before-publication", EventFeatures::daysBefore),
            new Named("place-stated", (c, all) -> flag(c.told().placeStated())),
            new Named("country-only", (c, all) -> flag(c.draft().where().countryOnly())),
            new Named("place-from-cue", (c, all) -> flag(c.draft().where().confidence() == null)),
            new Named("place-confidence", EventFeatures::placeConfidence),
            new Named("fatalities", (c, all) -> flag(c.draft().casualties().fatalities() != null)),
            new Named("injured", (c, all) -> flag(c.draft().casualties().injuredCount() != null)),
            new Named("sources", (c, all) -> flag(!c.draft().sources().isEmpty())),
            new Named("actors", (c, all) -> flag(!c.draft().actors().isEmpty())),
            new Named("headline", (c, all) -> flag(c.told().headline())),
            new Named("continued", (c, all) -> flag(c.told().continued())),
            new Named("position", (c, all) -> c.position()),
            new Named("later-story", (c, all) -> flag(c.told().story() > 0)),
            new Named("battles", (c, all) -> type(c, AcledLabel.BATTLES)),
            new Named("explosions", (c, all) -> type(c, AcledLabel.EXPLOSIONS_REMOTE_VIOLENCE)),
            new Named("violence-against-civilians", (c, all) -> type(c, AcledLabel.VIOLENCE_AGAINST_CIVILIANS)),
            new Named("protests", (c, all) -> type(c, AcledLabel.PROTESTS)),
            new Named("riots", (c, all) -> type(c, AcledLabel.RIOTS)),
            new Named("strategic-developments", (c, all) -> type(c, AcledLabel.STRATEGIC_DEVELOPMENTS)),
            new Named("same-place-other-event", EventFeatures::samePlaceOtherEvent),
            new Named("surer-event-same-place-and-day", EventFeatures::surerSamePlaceAndDay),
            new Named("surer-event-same-sentence", EventFeatures::surerSameSentence),
            new Named("article-events", EventFeatures::articleEvents),
            new Named("background-cue", (c, all) -> c.cueShare("background")),
            new Named("reaction-cue", (c, all) -> c.cueShare("reaction")),
            new Named("denial-cue", (c, all) -> c.cueShare("denial")),
            new Named("future-cue", (c, all) -> c.cueShare("future")),
            new Named("quoted", (c, all) -> c.cueShare(EventContextCues.QUOTED)));

    public static List<String> names() {
        return ALL.stream().map(Named::name).toList();
    }

    public static double[] vector(EventCandidate c, List<EventCandidate> all) {
        double[] x = new double[ALL.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ALL.get(i).feature().value(c, all);
        }
        return x;
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
