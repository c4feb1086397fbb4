package dev.articleevents.core.extract;

import dev.articleevents.core.scoring.FittedWeights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The probability that an exact death toll a sentence gives is its event's toll ({@link TollFeatures}), from the
 * weights fitted by {@code ./train tolls} (extract/toll-weights.tsv: one weight per feature, the bias, and the
 * threshold chosen on cross-validation). Each source's likeliest toll is that source's count when it clears the
 * threshold; the highest of those is the event's fatalities (EventDrafter, {@link CasualtyTally#headlineTolls}).
 */
public final class TollScorer {
    public static final String RESOURCE = "extract/toll-weights.tsv";
    private final FittedWeights weights;

    private TollScorer(FittedWeights weights) {
        this.weights = weights;
    }

    /** Every toll kept: for computing features before any weights exist (training). */
    public static TollScorer untrained() {
        return new TollScorer(new FittedWeights(0, 0, new double[TollFeatures.ALL.size()]));
    }

    public static TollScorer load() {
        return new TollScorer(FittedWeights.load(RESOURCE, TollFeatures.names(), "./train tolls"));
    }

    /**
     * One exact toll of an assembled event, the report it belongs to (its source, as {@link CasualtyTally} keys
     * them), its features and its probability (what training learns from).
     */
    public record Scored(CasualtyFigure figure, String source, double[] features, double probability) {
    }

    /**
     * Each source's likeliest toll (the first of equal ones), kept when its probability clears {@code threshold}:
     * the tolls the event's fatalities are chosen from (EventDrafter; the training's cross-validation counts the
     * same choice on held-out probabilities).
     */
    public static <T> Map<String, T> likeliestBySource(List<T> tolls, Function<T, String> source, ToDoubleFunction<T> probability,
                                                       double threshold) {
        Map<String, T> likeliest = new LinkedHashMap<>();
        for (T t : tolls) {
            likeliest.merge(source.apply(t), t, (a, b) -> probability.applyAsDouble(b) > probability.applyAsDouble(a) ? b : a);
        }
        likeliest.values().removeIf(t -> probability.applyAsDouble(t) < threshold);
        return likeliest;
    }

    public double threshold() {
        return weights.threshold();
    }

    public double probability(double[] x) {
        return weights.probability(x);
    }
}
