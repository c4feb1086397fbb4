package dev.articleevents.train;

import dev.articleevents.core.extract.DateResolver;
import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.PlaceFeatures;
import dev.articleevents.core.geo.PlaceRecognizer;
import dev.articleevents.core.geo.PlaceScorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./train places [--eval DIR] [--out FILE] [--check]}: fits the place scorer on the annotated articles,
 * prints the cross-validated figures, and writes the weights resource the engine reads. With --check it writes
 * nothing and fails when the committed weights differ from the ones it fits (they are reproducible: the data,
 * the folds' seed and the solver are fixed).
 */
public final class TrainCommand {
    private TrainCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !args[0].equals("places")) {
            System.err.println("usage: ./train places [--eval DIR] [--out FILE] [--check]");
            System.exit(2);
        }
        Path eval = Path.of("../shared/eval");
        Path out = Path.of("src/main/resources").resolve(PlaceScorer.RESOURCE);
        boolean check = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--check" -> check = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (!Files.isDirectory(eval)) {
            System.err.println("no annotated articles at " + eval + " (the evaluation set beside the clone; see README)");
            System.exit(2);
        }
        Gazetteer gazetteer = Gazetteer.load();
        if (!gazetteer.complete()) {
            System.err.println("the place index is not in the build output: run ./mvnw process-classes with the gazetteer beside the clone");
            System.exit(2);
        }
        // features only: the weights being fitted are not needed (nor, when features change, readable) here
        PlaceRecognizer recognizer = new PlaceRecognizer(gazetteer, new DateResolver().calendarWords(), PlaceScorer.untrained());
        List<PlaceTable> tables = new ArrayList<>();
        List<GoldPlaces> articles = GoldPlaces.readAll(eval);
        int labelled = 0;
        int right = 0;
        for (GoldPlaces g : articles) {
            PlaceTable t = PlaceTable.of(g, recognizer);
            tables.add(t);
            for (PlaceTable.Row r : t.rows()) {
                labelled += r.label() == PlaceTable.Label.UNKNOWN ? 0 : 1;
                right += r.label() == PlaceTable.Label.RIGHT ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "[train places] %d articles, %d labelled readings (%d right, %d wrong)%n",
                articles.size(), labelled, right, labelled - right);
        PlaceTraining.CrossValidation cv = PlaceTraining.crossValidate(tables);
        PlaceTraining.SpanScore s = cv.chosen();
        String figures = String.format(Locale.ROOT, "%d-fold cross-validation grouped by article, cost %s: place accuracy %.3f "
                        + "(%d of %d gold place names read right and accepted), precision %.3f, F1 %.3f at threshold %.2f "
                        + "(the lowest within one standard error, %.3f, of the best F1, %.3f); homonyms read right %.3f (%d of %d)",
                PlaceTraining.FOLDS, cv.cost(), s.recall(), s.right(), s.goldSpans(), s.precision(), s.f1(), s.threshold(),
                cv.standardError(), cv.best().f1(), s.homonymAccuracy(), s.homonymRight(), s.homonymSpans());
        System.out.println("[train places] " + figures);
        var model = PlaceTraining.model(tables, cv.cost());
        PlaceTraining.Weights w = PlaceTraining.weights(model);
        System.out.printf(Locale.ROOT, "[train places] exported weights reproduce the model's probabilities within %.1e%n",
                PlaceTraining.check(model, w, tables));
        List<String> lines = new ArrayList<>();
        lines.add("# Place scorer weights (core/geo/PlaceScorer): logistic regression, L2-regularised (liblinear L2R_LR via Tribuo 4.3.2).");
        lines.add("# Written by ./train places on " + LocalDate.now() + " from the " + articles.size() + " annotated articles of ../shared/eval");
        lines.add("# (" + labelled + " labelled readings, " + right + " right; labels from each gold event's location: see src/train/java).");
        lines.add("# " + figures + ".");
        lines.add("# Licence: Apache-2.0 (project licence); derived from the evaluation annotations, no article text.");
        lines.add("# Columns: name · value. threshold: least probability at which a name is taken as a place; bias; one weight per feature.");
        lines.add("threshold\t" + s.threshold());
        lines.add("bias\t" + round(w.bias()));
        for (int i = 0; i < w.weights().length; i++) {
            lines.add(PlaceFeatures.ALL.get(i).name() + "\t" + round(w.weights()[i]));
        }
        if (check) {
            List<String> committed = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
            List<String> fitted = lines.stream().filter(l -> !l.startsWith("#")).toList();
            if (!committed.equals(fitted)) {
                System.err.println("[train places] " + out + " differs from the weights fitted now: retrain with ./train places");
                System.exit(1);
            }
            System.out.println("[train places] " + out + " matches the weights fitted now");
            return;
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("[train places] weights → " + out);
    }

    /** Six significant decimals: enough for the probabilities, and stable text for --check. */
    private static String round(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
