package dev.articleevents.core.geo;

import dev.articleevents.core.scoring.FittedWeights;

/**
 * The probability that a name read as a place is an event's place, from the logistic-regression weights
 * fitted by {@code ./train places} (geo/place-weights.tsv: one weight per {@link PlaceFeatures} feature, the
 * bias, and the acceptance threshold chosen on cross-validation).
 */
public final class PlaceScorer {
    public static final String RESOURCE = "geo/place-weights.tsv";
    private final FittedWeights weights;

    PlaceScorer(double bias, double threshold, double[] weights) {
        this(new FittedWeights(bias, threshold, weights));
    }

    private PlaceScorer(FittedWeights weights) {
        if (weights.size() != PlaceFeatures.ALL.size()) {
            throw new IllegalArgumentException("expected " + PlaceFeatures.ALL.size() + " weights, got " + weights.size());
        }
        this.weights = weights;
    }

    /** No evidence weighs anything (every reading 0.5): for computing features before any weights exist (training). */
    public static PlaceScorer untrained() {
        return new PlaceScorer(FittedWeights.untrained(PlaceFeatures.ALL.size()));
    }

    /** The packaged weights; a feature without a weight (weights older than the code) is an error, not a zero. */
    public static PlaceScorer load() {
        return new PlaceScorer(FittedWeights.load(RESOURCE, PlaceFeatures.names(), "./train places"));
    }

    public double probability(double[] x) {
        return weights.probability(x);
    }

    public double threshold() {
        return weights.threshold();
    }
}
