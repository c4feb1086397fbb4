package dev.articleevents.train;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.List;

/**
 * L2-regularised logistic regression (liblinear L2R_LR through Tribuo) over named features, and its weights
 * exported for the runtime (core/scoring/FittedWeights) — checked against the model's own probabilities.
 */
final class LogisticFit {
    private static final LabelFactory LABELS = new LabelFactory();
    private final List<String> names;
    private final String yes;
    private final String no;

    /** @param yes the positive label's name (it names the class in Tribuo's data; any two distinct words do) */
    LogisticFit(List<String> names, String yes, String no) {
        this.names = names;
        this.yes = yes;
        this.no = no;
    }

    /** Bias and one weight per feature, in the names' order. */
    record Weights(double bias, double[] weights) {
        double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < x.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** One labelled row. */
    record Row(double[] features, boolean positive) {
    }

    /** Held-out probabilities: each table's rows scored by weights fitted without the table's fold. */
    record HeldOut<T>(List<T> tables, List<double[]> probabilities) {
    }

    /**
     * {@code folds}-fold cross-validation grouped by table (an article's rows are never split between training and
     * testing): table i of {@code shuffled} is tested in fold i mod folds; the tables come back fold by fold.
     */
    static <T> HeldOut<T> heldOut(List<T> shuffled, int folds, java.util.function.Function<List<T>, Weights> fit,
                                  java.util.function.Function<T, List<double[]>> features) {
        List<T> order = new java.util.ArrayList<>();
        List<double[]> probabilities = new java.util.ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<T> train = new java.util.ArrayList<>();
            List<T> test = new java.util.ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == f ? test : train).add(shuffled.get(i));
            }
            Weights w = fit.apply(train);
            for (T t : test) {
                List<double[]> rows = features.apply(t);
                double[] ps = new double[rows.size()];
                for (int i = 0; i < ps.length; i++) {
                    ps[i] = w.probability(rows.get(i));
                }
                order.add(t);
                probabilities.add(ps);
            }
        }
        return new HeldOut<>(order, probabilities);
    }

    Model<Label> model(List<Row> rows, double cost, String what) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(what, LABELS), LABELS);
        for (Row r : rows) {
            data.add(example(r.positive() ? yes : no, r.features()));
        }
        return new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
                cost, 1000, 1e-4).train(data);
    }

    Weights fit(List<Row> rows, double cost, String what) {
        return weights(model(rows, cost, what));
    }

    /**
     * The model's weights read back through its own predictions: for a logistic model logit(p(x)) is linear in
     * x, so one feature at values 1 and 2 gives its weight, and the bias follows. Checked against the model on
     * every row by {@link #check}.
     */
    Weights weights(Model<Label> model) {
        int n = names.size();
        double[] w = new double[n];
        double bias = Double.NaN;
        for (int i = 0; i < n; i++) {
            double[] one = new double[n];
            one[i] = 1;
            double[] two = new double[n];
            two[i] = 2;
            Double l1 = logit(model, one);
            if (l1 == null) {
                continue; // a feature never seen non-zero in the data: weight 0
            }
            w[i] = logit(model, two) - l1;
            if (Double.isNaN(bias)) {
                bias = l1 - w[i];
            }
        }
        return new Weights(bias, w);
    }

    private Double logit(Model<Label> model, double[] x) {
        try {
            double p = probability(model, x);
            return Math.log(p / (1 - p));
        } catch (IllegalArgumentException unknownFeatures) {
            return null;
        }
    }

    private double probability(Model<Label> model, double[] x) {
        return model.predict(example(no, x)).getOutputScores().get(yes).getScore();
    }

    /** Largest difference between the model's probabilities and the exported weights' on the given rows. */
    double check(Model<Label> model, Weights w, List<double[]> rows) {
        double worst = 0;
        for (double[] x : rows) {
            worst = Math.max(worst, Math.abs(probability(model, x) - w.probability(x)));
        }
        return worst;
    }

    private Example<Label> example(String label, double[] x) {
        return new ArrayExample<>(new Label(label), names.toArray(new String[0]), x.clone());
    }
}
