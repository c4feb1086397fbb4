package dev.articleevents.core.extract;

import dev.articleevents.core.scoring.FittedWeights;

/**
 * The probability that an assembled event is one a human coder would report (a real, recent event of the
 * article, at its place, on its day, of its type), from the weights fitted by {@code ./train events}
 * (extract/event-weights.tsv: one weight per {@link EventFeatures} feature, the bias, and the threshold
 * chosen on cross-validation). It is each reported event's {@code confidence}.
 */
public final class EventScorer {
    public static final String RESOURCE = "extract/event-weights.tsv";
    private final FittedWeights weights;

    private EventScorer(FittedWeights weights) {
        this.weights = weights;
    }

    /** Every event 0.5 and kept: for computing features before any weights exist (training). */
    public static EventScorer untrained() {
        return new EventScorer(new FittedWeights(0, 0, new double[EventFeatures.ALL.size()]));
    }

    /** A scorer with weights fitted elsewhere (the training command's learning curve). */
    public static EventScorer of(FittedWeights weights) {
        return new EventScorer(weights);
    }

    public static EventScorer load() {
        return new EventScorer(FittedWeights.load(RESOURCE, EventFeatures.names(), "./train events"));
    }

    public double probability(double[] x) {
        return weights.probability(x);
    }

    public double threshold() {
        return weights.threshold();
    }
}
