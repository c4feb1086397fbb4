package dev.articleevents.train;

import dev.articleevents.core.extract.EventSentenceScorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * {@code ./train sentences --curve}: how the sentence scorer's held-out figures grow with the articles it learns
 * from, overall and by language — where more annotated articles would pay. Each of the five folds is scored by a
 * model fitted on a share (25, 50, 75, 100 %) of the other folds' articles, drawn with the trainings' seed, so every
 * share is measured on the same held-out sentences (a curve over subsets of the whole set would also change what is
 * measured); the cost is the one the full cross-validation chooses.
 */
final class SentenceCurve {
    private SentenceCurve() {
    }

    static List<String> run(List<SentenceTraining.SentenceTable> tables, Map<String, String> languageOf, double cost) {
        List<String> lines = new ArrayList<>(allLanguages(tables, languageOf, cost));
        lines.add("");
        lines.addAll(oneLanguage(tables, languageOf, cost));
        return lines;
    }

    /** Every share drawn from all the training folds' articles. */
    private static List<String> allLanguages(List<SentenceTraining.SentenceTable> tables, Map<String, String> languageOf, double cost) {
        List<List<SentenceTraining.SentenceTable>> folds = SentenceTraining.folds(tables);
        List<String> languages = tables.stream().map(t -> languageOf.get(t.article())).distinct().sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("| share of the training folds | articles per fit | AUC all | " + String.join(" | ", languages.stream().map(l -> "AUC " + l).toList())
                + " | log loss all | " + String.join(" | ", languages.stream().map(l -> "log loss " + l).toList()) + " |");
        lines.add("|---".repeat(3 + 2 * languages.size() + 1) + "|");
        for (double share : LearningCurve.SHARES) {
            Map<String, List<double[]>> scored = new TreeMap<>(); // {probability, label} per language, and "all"
            int trainedOn = 0;
            for (int k = 0; k < folds.size(); k++) {
                List<SentenceTraining.SentenceTable> train = drawn(folds, k);
                train = train.subList(0, (int) Math.round(share * train.size()));
                trainedOn += train.size();
                EventSentenceScorer s = SentenceTraining.fit(train, cost);
                for (SentenceTraining.SentenceTable t : folds.get(k)) {
                    for (SentenceTraining.Row r : t.rows()) {
                        double[] p = {s.probability(r.forms()), r.evidence() ? 1 : 0};
                        scored.computeIfAbsent("all", x -> new ArrayList<>()).add(p);
                        scored.computeIfAbsent(languageOf.get(t.article()), x -> new ArrayList<>()).add(p);
                    }
                }
            }
            StringBuilder auc = new StringBuilder();
            StringBuilder loss = new StringBuilder();
            for (String key : java.util.stream.Stream.concat(java.util.stream.Stream.of("all"), languages.stream()).toList()) {
                SentenceTraining.Score sc = SentenceTraining.score(cost, scored.get(key));
                auc.append(String.format(Locale.ROOT, " %.3f |", sc.auc()));
                loss.append(String.format(Locale.ROOT, " %.3f |", sc.logLoss()));
            }
            lines.add(String.format(Locale.ROOT, "| %.0f %% | %d |", share * 100, Math.round(trainedOn / (double) folds.size())) + auc + loss);
            System.err.println("[train sentences curve] " + lines.get(lines.size() - 1));
        }
        return lines;
    }

    /**
     * What one language's articles add: each language's held-out sentences scored by models fitted on every other
     * language's training articles and a share of its own (the same draw as above); the own-language count shows
     * how few articles each point rests on.
     */
    private static List<String> oneLanguage(List<SentenceTraining.SentenceTable> tables, Map<String, String> languageOf, double cost) {
        List<List<SentenceTraining.SentenceTable>> folds = SentenceTraining.folds(tables);
        List<String> languages = tables.stream().map(t -> languageOf.get(t.article())).distinct().sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("| share of the language's own training articles | " + String.join(" | ", languages.stream().map(l -> l + ": articles, AUC, log loss").toList()) + " |");
        lines.add("|---".repeat(1 + languages.size()) + "|");
        for (double share : LearningCurve.SHARES) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.0f %% |", share * 100));
            for (String language : languages) {
                List<double[]> scored = new ArrayList<>();
                int own = 0;
                for (int k = 0; k < folds.size(); k++) {
                    List<SentenceTraining.SentenceTable> train = drawn(folds, k);
                    List<SentenceTraining.SentenceTable> mine = train.stream().filter(t -> language.equals(languageOf.get(t.article()))).toList();
                    List<SentenceTraining.SentenceTable> kept = new ArrayList<>(train.stream().filter(t -> !language.equals(languageOf.get(t.article()))).toList());
                    kept.addAll(mine.subList(0, (int) Math.round(share * mine.size())));
                    own += (int) Math.round(share * mine.size());
                    EventSentenceScorer s = SentenceTraining.fit(kept, cost);
                    for (SentenceTraining.SentenceTable t : folds.get(k)) {
                        if (language.equals(languageOf.get(t.article()))) {
                            for (SentenceTraining.Row r : t.rows()) {
                                scored.add(new double[]{s.probability(r.forms()), r.evidence() ? 1 : 0});
                            }
                        }
                    }
                }
                SentenceTraining.Score sc = SentenceTraining.score(cost, scored);
                row.append(String.format(Locale.ROOT, " %d, %.3f, %.3f |", Math.round(own / (double) folds.size()), sc.auc(), sc.logLoss()));
            }
            lines.add(row.toString());
            System.err.println("[train sentences curve] " + row);
        }
        return lines;
    }

    /** The articles of every fold but {@code k}, in the order the shares are drawn from (the trainings' seed). */
    private static List<SentenceTraining.SentenceTable> drawn(List<List<SentenceTraining.SentenceTable>> folds, int k) {
        List<SentenceTraining.SentenceTable> train = new ArrayList<>(SentenceTraining.without(folds, k));
        Collections.shuffle(train, new Random(PlaceTraining.SEED));
        return train;
    }
}
