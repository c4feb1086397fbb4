package dev.articleevents.train;

import dev.articleevents.core.geo.PlaceFeatures;
import dev.articleevents.train.LogisticFit.Weights;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits the place scorer: L2-regularised logistic regression (liblinear through Tribuo) on the labelled readings,
 * 5-fold cross-validation grouped by article (an article's readings are never split between training and
 * testing), the regularisation cost and the acceptance threshold chosen on the cross-validated predictions.
 */
final class PlaceTraining {
    static final int FOLDS = 5;
    static final long SEED = 20261205L;
    static final double[] COSTS = {0.03, 0.1, 0.3, 1, 3};
    private static final LogisticFit FIT = new LogisticFit(PlaceFeatures.names(), "place", "not");


    /** Span-level figures at one threshold: a name counts once, by its likeliest reading. */
    record SpanScore(double threshold, int goldSpans, int right, int wrongAccepted, int homonymSpans, int homonymRight) {
        double recall() {
            return goldSpans == 0 ? 0 : right / (double) goldSpans;
        }

        double precision() {
            return right + wrongAccepted == 0 ? 0 : right / (double) (right + wrongAccepted);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }


        double homonymAccuracy() {
            return homonymSpans == 0 ? 0 : homonymRight / (double) homonymSpans;
        }
    }

    /**
     * The cost of the best cross-validated F1 and the threshold {@code chosen} at that cost, with the held-out
     * probabilities they came from. {@code standardError} is the best F1's spread over articles (bootstrap), 0
     * until {@link #towardsRecall} works it out.
     */
    record CrossValidation(double cost, SpanScore best, SpanScore chosen, List<PlaceTable> heldOut, List<double[]> probabilities,
                           double standardError) {
        CrossValidation(double cost, SpanScore best, List<PlaceTable> heldOut, List<double[]> probabilities) {
            this(cost, best, best, heldOut, probabilities, 0);
        }

        /**
         * The lowest threshold whose F1 is within one standard error of the best (the one-standard-error rule,
         * leaning towards recall): F1 is flat over a range of thresholds, differences inside it are noise of the
         * 72 articles, and a place refused costs more downstream than one accepted wrongly — the event extractor
         * chooses each event's place among the accepted ones, and uses a wrong one only when an event word
         * stands by it.
         */
        CrossValidation towardsRecall() {
            double se = bootstrapStandardError(heldOut, probabilities, best.threshold());
            for (int k = 1; k < 20; k++) {
                SpanScore s = score(heldOut, probabilities, k / 20.0);
                if (s.f1() >= best.f1() - se) {
                    return new CrossValidation(cost, best, s, heldOut, probabilities, se);
                }
            }
            return new CrossValidation(cost, best, best, heldOut, probabilities, se);
        }
    }

    static final int BOOTSTRAP_SAMPLES = 500;

    /** Standard deviation of the F1 at {@code threshold} over articles resampled with replacement. */
    static double bootstrapStandardError(List<PlaceTable> tables, List<double[]> probabilities, double threshold) {
        Random random = new Random(SEED);
        double sum = 0;
        double sumSquares = 0;
        for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
            List<PlaceTable> t = new ArrayList<>(tables.size());
            List<double[]> p = new ArrayList<>(tables.size());
            for (int i = 0; i < tables.size(); i++) {
                int k = random.nextInt(tables.size());
                t.add(tables.get(k));
                p.add(probabilities.get(k));
            }
            double f1 = score(t, p, threshold).f1();
            sum += f1;
            sumSquares += f1 * f1;
        }
        double mean = sum / BOOTSTRAP_SAMPLES;
        return Math.sqrt(Math.max(0, sumSquares / BOOTSTRAP_SAMPLES - mean * mean));
    }

    static Weights fit(List<PlaceTable> tables, double cost) {
        return weights(model(tables, cost));
    }

    /** Largest difference between the model's probabilities and the exported weights' on the given rows. */
    static double check(Model<Label> model, Weights w, List<PlaceTable> tables) {
        List<double[]> rows = new ArrayList<>();
        for (PlaceTable t : tables) {
            for (PlaceTable.Row r : t.rows()) {
                rows.add(r.features());
            }
        }
        return FIT.check(model, w, rows);
    }

    static CrossValidation crossValidate(List<PlaceTable> tables) {
        List<PlaceTable> shuffled = new ArrayList<>(tables);
        Collections.shuffle(shuffled, new Random(SEED));
        CrossValidation best = null;
        for (double cost : COSTS) {
            final double c = cost;
            LogisticFit.HeldOut<PlaceTable> held = LogisticFit.heldOut(shuffled, FOLDS, train -> fit(train, c),
                    t -> t.rows().stream().map(PlaceTable.Row::features).toList());
            List<PlaceTable> order = held.tables();
            List<double[]> probabilities = held.probabilities(); // per held-out table, per row
            List<SpanScore> scores = new ArrayList<>();
            for (int k = 1; k < 20; k++) {
                scores.add(score(order, probabilities, k / 20.0));
            }
            SpanScore top = scores.stream().max(java.util.Comparator.comparingDouble(SpanScore::f1)).orElseThrow();
            if (best == null || top.f1() > best.best().f1()) {
                best = new CrossValidation(cost, top, order, probabilities);
            }
        }
        return best.towardsRecall();
    }

    /** Each name's likeliest reading, accepted when it clears the threshold, compared with the labels. */
    static SpanScore score(List<PlaceTable> tables, List<double[]> probabilities, double threshold) {
        int gold = 0;
        int right = 0;
        int wrong = 0;
        int homonyms = 0;
        int homonymRight = 0;
        for (int t = 0; t < tables.size(); t++) {
            List<PlaceTable.Row> rows = tables.get(t).rows();
            double[] ps = probabilities.get(t);
            int i = 0;
            while (i < rows.size()) {
                int j = i;
                int best = i;
                boolean anyRight = false;
                while (j < rows.size() && rows.get(j).span() == rows.get(i).span()) {
                    anyRight |= rows.get(j).label() == PlaceTable.Label.RIGHT;
                    if (ps[j] > ps[best]) {
                        best = j;
                    }
                    j++;
                }
                boolean accepted = ps[best] >= threshold;
                PlaceTable.Label chosen = rows.get(best).label();
                if (anyRight) {
                    gold++;
                    if (j - i > 1) {
                        homonyms++;
                        homonymRight += chosen == PlaceTable.Label.RIGHT ? 1 : 0;
                    }
                }
                if (accepted && chosen == PlaceTable.Label.RIGHT) {
                    right++;
                } else if (accepted && chosen == PlaceTable.Label.WRONG) {
                    wrong++;
                }
                i = j;
            }
        }
        return new SpanScore(threshold, gold, right, wrong, homonyms, homonymRight);
    }

    /** Tribuo model fitted on every labelled reading, for {@link #check}. */
    static Model<Label> model(List<PlaceTable> tables, double cost) {
        List<LogisticFit.Row> rows = new ArrayList<>();
        for (PlaceTable t : tables) {
            for (PlaceTable.Row r : t.rows()) {
                if (r.label() != PlaceTable.Label.UNKNOWN) {
                    rows.add(new LogisticFit.Row(r.features(), r.label() == PlaceTable.Label.RIGHT));
                }
            }
        }
        return FIT.model(rows, cost, "place readings");
    }

    static Weights weights(Model<Label> model) {
        return FIT.weights(model);
    }
}
