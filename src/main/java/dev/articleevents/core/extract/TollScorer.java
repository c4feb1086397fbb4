package dev.articleevents.core.extract;

import dev.articleevents.core.scoring.FittedWeights;

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

    public double probability(double[] x) {
        return weights.probability(x);
    }

    public boolean keeps(double probability) {
        return probability >= weights.threshold();
    }
}
