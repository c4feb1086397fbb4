package dev.articleevents.train;

import dev.articleevents.core.extract.EventAssembler;
import dev.articleevents.core.extract.EventFeatures;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits the event scorer: which assembled events to report. Logistic regression on the labelled events
 * (neutral ones left out), 5-fold cross-validation grouped by article, repeated over {@value #REPEATS} shuffles of the
 * articles; the cost and the threshold are those of the best cross-validated event F1 over all repeats, counted as
 * score.py counts it (recall over every required gold event, including those no assembled event reaches).
 * One shuffle alone left the choice to chance: its F1 is flat near the best (on 469 articles thresholds 0.15 and
 * 0.20 differed by 0.0005).
 */
final class EventTraining {
    static final double[] COSTS = {0.03, 0.1, 0.3, 1, 3};
    /** Shuffles of the articles the cross-validation is repeated over (the folds' seed, then the next ones). */
    static final int REPEATS = 5;
    static final LogisticFit FIT = new LogisticFit(EventFeatures.names(), "event", "not");

    /** Event-level figures at one threshold. */
    record Score(double threshold, int gold, int kept, int right) {
        double precision() {
            return kept == 0 ? 0 : right / (double) kept;
        }

        double recall() {
            return gold == 0 ? 0 : right / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The chosen cost and threshold, the figures with every event kept (both summed over the repeats: each count is
     * {@link #REPEATS} times the set's), and the first shuffle's held-out probabilities (for the reliability table).
     */
    record CrossValidation(double cost, Score best, Score keepAll, List<EventTable> heldOut, List<double[]> probabilities) {
    }

    static CrossValidation crossValidate(List<EventTable> tables) {
        CrossValidation best = null;
        for (double cost : COSTS) {
            final double c = cost;
            List<LogisticFit.HeldOut<EventTable>> repeats = new ArrayList<>();
            for (int r = 0; r < REPEATS; r++) {
                List<EventTable> shuffled = new ArrayList<>(tables);
                Collections.shuffle(shuffled, new Random(PlaceTraining.SEED + r));
                repeats.add(LogisticFit.heldOut(shuffled, PlaceTraining.FOLDS, train -> FIT.fit(rows(train), c, "assembled events"),
                        t -> t.rows().stream().map(EventTable.Row::features).toList()));
            }
            for (int k = 0; k < 20; k++) {
                Score s = pooled(repeats, k / 20.0);
                if (best == null || s.f1() > best.best().f1()) {
                    best = new CrossValidation(cost, s, pooled(repeats, 0), repeats.get(0).tables(), repeats.get(0).probabilities());
                }
            }
        }
        return best;
    }

    /** The repeats' held-out figures at one threshold, summed. */
    private static Score pooled(List<LogisticFit.HeldOut<EventTable>> repeats, double threshold) {
        int gold = 0;
        int kept = 0;
        int right = 0;
        for (LogisticFit.HeldOut<EventTable> held : repeats) {
            Score s = score(held.tables(), held.probabilities(), threshold);
            gold += s.gold();
            kept += s.kept();
            right += s.right();
        }
        return new Score(threshold, gold, kept, right);
    }

    static Score score(List<EventTable> tables, List<double[]> probabilities, double threshold) {
        int gold = 0;
        int kept = 0;
        int right = 0;
        for (int t = 0; t < tables.size(); t++) {
            EventTable table = tables.get(t);
            gold += table.goldEvents();
            double likeliest = java.util.Arrays.stream(probabilities.get(t)).max().orElse(1);
            for (int i = 0; i < table.rows().size(); i++) {
                EventTable.Row r = table.rows().get(i);
                if (r.label() == EventTable.Label.NEUTRAL || !EventAssembler.reported(probabilities.get(t)[i], likeliest, threshold)) {
                    continue;
                }
                kept++;
                right += r.label() == EventTable.Label.RIGHT ? 1 : 0;
            }
        }
        return new Score(threshold, gold, kept, right);
    }

    /**
     * Reliability of the held-out probabilities: per tenth of the probability range, the events there, their mean
     * probability and the share that were right; and the expected calibration error (those gaps, weighted by size).
     */
    static String reliability(List<EventTable> tables, List<double[]> probabilities, double threshold) {
        int[] n = new int[10];
        double[] sumP = new double[10];
        int[] right = new int[10];
        int total = 0;
        for (int t = 0; t < tables.size(); t++) {
            for (int i = 0; i < tables.get(t).rows().size(); i++) {
                EventTable.Row r = tables.get(t).rows().get(i);
                double p = probabilities.get(t)[i];
                if (r.label() == EventTable.Label.NEUTRAL || p < threshold) {
                    continue;
                }
                int b = Math.min(9, (int) (p * 10));
                n[b]++;
                sumP[b] += p;
                right[b] += r.label() == EventTable.Label.RIGHT ? 1 : 0;
                total++;
            }
        }
        StringBuilder out = new StringBuilder();
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (n[b] == 0) {
                continue;
            }
            double meanP = sumP[b] / n[b];
            double share = right[b] / (double) n[b];
            ece += n[b] / (double) total * Math.abs(meanP - share);
            out.append(String.format(java.util.Locale.ROOT, " [%.1f,%.1f) n=%d p=%.2f right=%.2f;", b / 10.0, (b + 1) / 10.0, n[b], meanP, share));
        }
        return String.format(java.util.Locale.ROOT, "expected calibration error %.3f over the reported events:%s", ece, out);
    }

    static List<LogisticFit.Row> rows(List<EventTable> tables) {
        List<LogisticFit.Row> rows = new ArrayList<>();
        for (EventTable t : tables) {
            for (EventTable.Row r : t.rows()) {
                if (r.label() != EventTable.Label.NEUTRAL) {
                    rows.add(new LogisticFit.Row(r.features(), r.label() == EventTable.Label.RIGHT));
                }
            }
        }
        return rows;
    }

    static Model<Label> model(List<EventTable> tables, double cost) {
        return FIT.model(rows(tables), cost, "assembled events");
    }
}
