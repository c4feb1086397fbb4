package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.extract.EventSentenceScorer;
import dev.articleevents.core.extract.Mention;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.ArticleDocument;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Fits the sentence scorer ({@link EventSentenceScorer}): logistic regression over the word forms of the sentences
 * that hold an event word, labelled by whether the sentence is one of a required gold event's {@code evidence}
 * sentences (the one contains the other, as sentence splitting and the annotators' copying may differ by a
 * fragment). Forms used in fewer than {@value #MIN_ARTICLES} training articles carry no weight. The cost is the
 * one of the best held-out log loss, 5 folds grouped by article.
 *
 * <p>The event scorer weighs an event's likeliest sentence, so it must learn from sentence scores the articles'
 * own labels did not make: {@link #stackedEventTables} reads each article of the tuning set with sentence weights
 * fitted on the other folds.
 */
final class SentenceTraining {
    static final double[] COSTS = {0.01, 0.03, 0.1, 0.3, 1};
    static final int MIN_ARTICLES = 4;
    /** A feature every sentence has: the model's intercept reads back through it (no example without features). */
    private static final String CONSTANT = "(sentence)";
    private static final LabelFactory LABELS = new LabelFactory();

    private SentenceTraining() {
    }

    /** One sentence that holds an event word: its forms, and whether a gold event's evidence holds it. */
    record Row(Set<String> forms, boolean evidence) {
    }

    /** The sentences of one annotated article. */
    record SentenceTable(String article, List<Row> rows) {
    }

    /**
     * Held-out figures of a cost: log loss per sentence and the area under the ROC curve; {@code folds}, the scorer
     * fitted without each fold, kept for {@link #stacked} (refitting them took five more fits per training command).
     */
    record Score(double cost, double logLoss, double auc, int sentences, int evidence, List<EventSentenceScorer> folds) {
    }

    /** Every annotated article's sentences, in file-name order. */
    static List<SentenceTable> readAll(List<AnnotatedArticle> articles, EventExtractor extractor) throws IOException {
        List<SentenceTable> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            out.add(of(a, extractor));
        }
        return out;
    }

    static SentenceTable of(AnnotatedArticle a, EventExtractor extractor) throws IOException {
        ArticleDocument doc = a.document();
        List<String> evidence = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (JsonNode g : a.gold().path("events")) {
            for (JsonNode e : g.path("evidence")) {
                String s = e.asText().strip();
                if (!s.isEmpty()) {
                    (PairedArticle.optional(g) ? optional : evidence).add(s);
                }
            }
        }
        Set<Span> seen = new LinkedHashSet<>();
        for (Mention m : extractor.mentions(doc)) {
            seen.add(m.sentence());
        }
        List<Row> rows = new ArrayList<>();
        for (Span s : seen) {
            String text = doc.text().substring(s.start(), Math.min(s.end(), doc.text().length())).strip();
            boolean told = !text.isEmpty() && evidence.stream().anyMatch(e -> e.contains(text) || text.contains(e));
            // a sentence only an optional event tells is neither: score.py neither rewards nor punishes that event
            if (!told && !text.isEmpty() && optional.stream().anyMatch(e -> e.contains(text) || text.contains(e))) {
                continue;
            }
            rows.add(new Row(EventSentenceScorer.forms(doc, s), told));
        }
        return new SentenceTable(a.id(), rows);
    }

    /** The fitted scorer on {@code tables} at {@code cost}. */
    static EventSentenceScorer fit(List<SentenceTable> tables, double cost) {
        Set<String> vocabulary = vocabulary(tables);
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("sentences", LABELS), LABELS);
        for (SentenceTable t : tables) {
            for (Row r : t.rows()) {
                data.add(example(r.evidence() ? "evidence" : "not", r.forms(), vocabulary));
            }
        }
        Model<Label> model = new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
                cost, 1000, 1e-4).train(data);
        // read back through the model's own predictions: logit is linear in the features
        double bias = logit(model, Set.of());
        Map<String, Double> weights = new TreeMap<>();
        for (String form : vocabulary) {
            double w = logit(model, Set.of(form)) - bias;
            weights.put(form, w);
        }
        return new EventSentenceScorer(bias, weights);
    }

    /** Held-out log loss and AUC of each cost, the best first. */
    static List<Score> crossValidate(List<SentenceTable> tables) {
        List<Score> out = new ArrayList<>();
        List<List<SentenceTable>> folds = folds(tables);
        for (double cost : COSTS) {
            List<double[]> scored = new ArrayList<>(); // {probability, label}
            List<EventSentenceScorer> fitted = new ArrayList<>();
            for (int k = 0; k < folds.size(); k++) {
                EventSentenceScorer s = fit(without(folds, k), cost);
                fitted.add(s);
                for (SentenceTable t : folds.get(k)) {
                    for (Row r : t.rows()) {
                        scored.add(new double[]{s.probability(r.forms()), r.evidence() ? 1 : 0});
                    }
                }
            }
            out.add(score(cost, scored, fitted));
        }
        out.sort(java.util.Comparator.comparingDouble(Score::logLoss));
        return out;
    }

    /**
     * A table per annotated article, each article read by the engine {@code engine} makes of sentence weights fitted
     * (at the cost {@code heldOut} chose, by {@link #crossValidate} on the same folds) on the folds it is not in: what
     * the toll and event scorers learn from, since both weigh the sentence scorer's output. In the articles' order.
     */
    static <T> List<T> stacked(List<AnnotatedArticle> articles, List<SentenceTable> tables, Score heldOut,
                               Function<EventSentenceScorer, EventExtractor> engine, Function<PairedArticle, T> table) throws IOException {
        Map<String, T> byArticle = new HashMap<>();
        List<List<SentenceTable>> folds = folds(tables);
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        for (int k = 0; k < folds.size(); k++) {
            EventExtractor extractor = engine.apply(heldOut.folds().get(k));
            for (SentenceTable t : folds.get(k)) {
                byArticle.put(t.article(), table.apply(PairedArticle.of(byId.get(t.article()), extractor)));
            }
        }
        return articles.stream().map(a -> byArticle.get(a.id())).toList();
    }

    /** The weights resource's rows: the bias, then each form's weight, in form order. */
    static List<String> rows(EventSentenceScorer w) {
        List<String> lines = new ArrayList<>();
        lines.add("bias\t" + round(w.bias()));
        w.weights().forEach((form, weight) -> lines.add("word\t" + form + "\t" + round(weight)));
        return lines;
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    /** The articles shuffled with the trainings' seed, dealt into five folds. */
    static List<List<SentenceTable>> folds(List<SentenceTable> tables) {
        List<SentenceTable> shuffled = new ArrayList<>(tables);
        Collections.shuffle(shuffled, new Random(PlaceTraining.SEED));
        List<List<SentenceTable>> folds = new ArrayList<>();
        for (int f = 0; f < PlaceTraining.FOLDS; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % PlaceTraining.FOLDS).add(shuffled.get(i));
        }
        return folds;
    }

    static List<SentenceTable> without(List<List<SentenceTable>> folds, int k) {
        List<SentenceTable> out = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            if (f != k) {
                out.addAll(folds.get(f));
            }
        }
        return out;
    }

    /** The forms used in at least {@value #MIN_ARTICLES} of the articles. */
    private static Set<String> vocabulary(List<SentenceTable> tables) {
        Map<String, Integer> articles = new HashMap<>();
        for (SentenceTable t : tables) {
            Set<String> here = new HashSet<>();
            t.rows().forEach(r -> here.addAll(r.forms()));
            here.forEach(f -> articles.merge(f, 1, Integer::sum));
        }
        Set<String> out = new java.util.TreeSet<>();
        articles.forEach((f, n) -> {
            if (n >= MIN_ARTICLES) {
                out.add(f);
            }
        });
        return out;
    }

    private static Example<Label> example(String label, Set<String> forms, Set<String> vocabulary) {
        List<String> names = new ArrayList<>();
        names.add(CONSTANT);
        for (String f : forms) {
            if (vocabulary.contains(f)) {
                names.add(f);
            }
        }
        double[] ones = new double[names.size()];
        java.util.Arrays.fill(ones, 1);
        return new ArrayExample<>(new Label(label), names.toArray(new String[0]), ones);
    }

    private static double logit(Model<Label> model, Set<String> forms) {
        double p = model.predict(example("not", forms, forms)).getOutputScores().get("evidence").getScore();
        return Math.log(p / (1 - p));
    }

    /** Log loss and AUC of held-out {probability, label} pairs. */
    static Score score(double cost, List<double[]> scored) {
        return score(cost, scored, List.of());
    }

    private static Score score(double cost, List<double[]> scored, List<EventSentenceScorer> folds) {
        double loss = 0;
        int positives = 0;
        for (double[] s : scored) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, s[0]));
            loss -= s[1] == 1 ? Math.log(p) : Math.log(1 - p);
            positives += (int) s[1];
        }
        // AUC: the chance that an evidence sentence scores above another (ties count half)
        List<double[]> sorted = new ArrayList<>(scored);
        sorted.sort(java.util.Comparator.comparingDouble(s -> s[0]));
        double rankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k)[1] == 1) {
                    rankSum += midRank;
                }
            }
            i = j;
        }
        int negatives = scored.size() - positives;
        double auc = (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
        return new Score(cost, loss / scored.size(), auc, scored.size(), positives, List.copyOf(folds));
    }
}
