package dev.articleevents.core.geo;

import dev.articleevents.core.lexicon.TsvResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The probability that a name read as a place is an event's place, from the logistic-regression weights
 * fitted by {@code ./train places} (geo/place-weights.tsv: one weight per {@link PlaceFeatures} feature, the
 * bias, and the acceptance threshold chosen on cross-validation). Reading them is all the runtime does: the
 * training code and its library are not part of the functions.
 */
public final class PlaceScorer {
    public static final String RESOURCE = "geo/place-weights.tsv";
    private final double bias;
    private final double threshold;
    private final double[] weights;

    PlaceScorer(double bias, double threshold, double[] weights) {
        if (weights.length != PlaceFeatures.ALL.size()) {
            throw new IllegalArgumentException("expected " + PlaceFeatures.ALL.size() + " weights, got " + weights.length);
        }
        this.bias = bias;
        this.threshold = threshold;
        this.weights = weights.clone();
    }

    /** No evidence weighs anything (every reading 0.5): for computing features before any weights exist (training). */
    public static PlaceScorer untrained() {
        return new PlaceScorer(0, 0.5, new double[PlaceFeatures.ALL.size()]);
    }

    /** The packaged weights; a feature without a weight (weights older than the code) is an error, not a zero. */
    public static PlaceScorer load() {
        Map<String, Double> byName = new HashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE, 2)) {
            byName.put(row[0], Double.parseDouble(row[1]));
        }
        List<PlaceFeatures.Named> features = PlaceFeatures.ALL;
        double[] w = new double[features.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = byName.get(features.get(i).name());
            if (v == null) {
                throw new IllegalStateException(RESOURCE + " has no weight for feature " + features.get(i).name()
                        + ": retrain with ./train places");
            }
            w[i] = v;
        }
        return new PlaceScorer(required(byName, "bias"), required(byName, "threshold"), w);
    }

    private static double required(Map<String, Double> byName, String name) {
        Double v = byName.get(name);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + " has no " + name + " line: retrain with ./train places");
        }
        return v;
    }

    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return threshold;
    }
}
