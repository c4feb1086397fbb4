package dev.articleevents.train;

import dev.articleevents.core.extract.TollFeatures;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Fits the toll scorer: which exact death tolls count towards their event's fatalities. Logistic regression on the
 * tolls of the events paired with a gold event; 5-fold cross-validation grouped by article, repeated over
 * {@value EventTraining#REPEATS} shuffles; the cost and threshold are those of the best cross-validated fatalities
 * accuracy, counted as score.py counts it (over the paired events where either side reports fatalities, none = 0),
 * the event's figure being the highest of its sources' likeliest tolls that clear the threshold.
 */
final class TollTraining {
    static final LogisticFit FIT = new LogisticFit(TollFeatures.names(), "toll", "not");

    /** Fatalities accuracy at one threshold: events compared, and those where the reported figure is gold's. */
    record Score(double threshold, int compared, int right) {
        double accuracy() {
            return compared == 0 ? 0 : right / (double) compared;
        }
    }

    /** The chosen cost and threshold, and the accuracy of the rule before this scorer (the highest toll). */
    record CrossValidation(double cost, Score best, Score highest) {
    }

    static CrossValidation crossValidate(List<TollTable> tables) {
        CrossValidation best = null;
        for (double cost : EventTraining.COSTS) {
            List<LogisticFit.HeldOut<TollTable>> repeats = new ArrayList<>();
            for (int r = 0; r < EventTraining.REPEATS; r++) {
                List<TollTable> shuffled = new ArrayList<>(tables);
                Collections.shuffle(shuffled, new Random(PlaceTraining.SEED + r));
                repeats.add(LogisticFit.heldOut(shuffled, PlaceTraining.FOLDS, train -> FIT.fit(rows(train), cost, "tolls"),
                        TollTraining::features));
            }
            for (int k = 0; k < 20; k++) {
                Score s = pooled(repeats, k / 20.0);
                if (best == null || s.accuracy() > best.best().accuracy()) {
                    best = new CrossValidation(cost, s, highest(tables));
                }
            }
        }
        return best;
    }

    /** The highest-toll rule on every table, counted as {@link #score} counts (each event {@value EventTraining#REPEATS} times, as pooled). */
    static Score highest(List<TollTable> tables) {
        List<Compared> events = tables.stream().flatMap(t -> t.events().stream()).map(e -> new Compared(e.highest(), e.gold())).toList();
        Score once = accuracy(Double.NaN, events);
        return new Score(Double.NaN, once.compared() * EventTraining.REPEATS, once.right() * EventTraining.REPEATS);
    }

    private static List<double[]> features(TollTable t) {
        return t.events().stream().flatMap(e -> e.tolls().stream()).map(TollTable.Row::features).toList();
    }

    private static Score pooled(List<LogisticFit.HeldOut<TollTable>> repeats, double threshold) {
        int compared = 0;
        int right = 0;
        for (LogisticFit.HeldOut<TollTable> held : repeats) {
            for (int t = 0; t < held.tables().size(); t++) {
                Score s = score(held.tables().get(t), held.probabilities().get(t), threshold);
                compared += s.compared();
                right += s.right();
            }
        }
        return new Score(threshold, compared, right);
    }

    /** One article's accuracy; {@code probabilities} are its tolls', event by event, in order. */
    static Score score(TollTable table, double[] probabilities, double threshold) {
        List<Compared> events = new ArrayList<>();
        int at = 0;
        for (TollTable.PairedEvent e : table.events()) {
            double[] mine = java.util.Arrays.copyOfRange(probabilities, at, at + e.tolls().size());
            at += e.tolls().size();
            events.add(new Compared(e.predicted(mine, threshold), e.gold()));
        }
        return accuracy(threshold, events);
    }

    /** One event's fatalities as reported and as annotated (null: none). */
    private record Compared(Integer predicted, Integer gold) {
    }

    /** score.py's fatalities accuracy: an event where neither side reports fatalities is not compared; none counts as 0. */
    private static Score accuracy(double threshold, List<Compared> events) {
        int compared = 0;
        int right = 0;
        for (Compared e : events) {
            if (e.gold() == null && e.predicted() == null) {
                continue;
            }
            compared++;
            right += Objects.equals(orZero(e.predicted()), orZero(e.gold())) ? 1 : 0;
        }
        return new Score(threshold, compared, right);
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /**
     * The best any choice of tolls could do: an event is right when gold reports no fatalities and it has no vague
     * figure, or when gold's figure is one of its tolls (or its vague-only figure). What is left is for the reading
     * of the figures, not for this decision.
     */
    static Score ceiling(List<TollTable> tables) {
        int compared = 0;
        int right = 0;
        for (TollTable t : tables) {
            for (TollTable.PairedEvent e : t.events()) {
                boolean canBeRight = e.tolls().isEmpty() ? Objects.equals(orZero(e.untouched()), orZero(e.gold()))
                        : e.gold() == null || e.tolls().stream().anyMatch(r -> r.count() == e.gold());
                boolean compares = e.gold() != null || e.untouched() != null || !e.tolls().isEmpty();
                if (!compares) {
                    continue;
                }
                compared++;
                right += canBeRight ? 1 : 0;
            }
        }
        return new Score(Double.NaN, compared, right);
    }

    static List<LogisticFit.Row> rows(List<TollTable> tables) {
        List<LogisticFit.Row> rows = new ArrayList<>();
        for (TollTable t : tables) {
            for (TollTable.PairedEvent e : t.events()) {
                for (TollTable.Row r : e.tolls()) {
                    rows.add(new LogisticFit.Row(r.features(), r.right()));
                }
            }
        }
        return rows;
    }

    static Model<Label> model(List<TollTable> tables, double cost) {
        return FIT.model(rows(tables), cost, "tolls");
    }
}
