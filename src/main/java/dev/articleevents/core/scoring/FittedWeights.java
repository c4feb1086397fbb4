package dev.articleevents.core.scoring;

import dev.articleevents.core.resource.TsvResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Logistic-regression weights fitted by {@code ./train} and read from a resource (name · value lines: the
 * threshold chosen on cross-validation, the bias, one weight per named feature). Reading them is all the
 * runtime does: the training code and its library are not part of the functions.
 */
public final class FittedWeights {
    private final double bias;
    private final double threshold;
    private final double[] weights;

    public FittedWeights(double bias, double threshold, double[] weights) {
        this.bias = bias;
        this.threshold = threshold;
        this.weights = weights.clone();
    }

    /** No evidence weighs anything (every probability 0.5): for computing features before any weights exist. */
    public static FittedWeights untrained(int features) {
        return new FittedWeights(0, 0.5, new double[features]);
    }

    /**
     * The weights of {@code features}, in that order, from {@code resource}; a feature without a weight (weights
     * older than the code) is an error, not a zero.
     */
    public static FittedWeights load(String resource, List<String> features, String retrain) {
        Map<String, Double> byName = new HashMap<>();
        for (String[] row : TsvResource.rows(resource, 2)) {
            byName.put(row[0], Double.parseDouble(row[1]));
        }
        double[] w = new double[features.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = required(byName, features.get(i), resource, retrain);
        }
        return new FittedWeights(required(byName, "bias", resource, retrain), required(byName, "threshold", resource, retrain), w);
    }

    private static double required(Map<String, Double> byName, String name, String resource, String retrain) {
        Double v = byName.get(name);
        if (v == null) {
            throw new IllegalStateException(resource + " has no weight for " + name + ": retrain with " + retrain);
        }
        return v;
    }

    public int size() {
        return weights.length;
    }

    public double probability(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + x.length);
        }
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
