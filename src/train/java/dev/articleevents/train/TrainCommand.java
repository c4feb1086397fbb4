package dev.articleevents.train;

import dev.articleevents.core.extract.DateResolver;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.extract.EventFeatures;
import dev.articleevents.core.extract.EventScorer;
import dev.articleevents.core.extract.EventSentenceScorer;
import dev.articleevents.core.extract.TollFeatures;
import dev.articleevents.core.extract.TollScorer;
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
 * {@code ./train places|tolls|sentences|events [--eval DIR] [--out FILE] [--check] [--curve [--check-set DIR]]}: fits the place, toll,
 * sentence or event scorer on
 * the annotated articles, prints the cross-validated figures, and writes the weights resource the engine reads.
 * With --check it writes nothing and fails when the committed weights differ from the ones it fits (they are
 * reproducible: the data, the folds' seed and the solver are fixed). {@code events --curve} prints the learning curve
 * ({@link LearningCurve}), {@code sentences --curve} the sentence scorer's by language ({@link SentenceCurve}); neither writes anything.
 */
public final class TrainCommand {
    private static final String USAGE = "usage: ./train places|tolls|sentences|events [--eval DIR] [--out FILE] [--check] | ./train sentences|events --curve | places|events --ceiling [--eval DIR] [--check-set DIR]";

    private TrainCommand() {
    }

    private record Options(String what, Path eval, Path out, boolean check) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !List.of("places", "tolls", "sentences", "events").contains(args[0])) {
            System.err.println(USAGE);
            System.exit(2);
        }
        boolean places = args[0].equals("places");
        Path eval = Path.of("../shared/eval");
        boolean tolls = args[0].equals("tolls");
        boolean sentences = args[0].equals("sentences");
        Path out = Path.of("src/main/resources").resolve(places ? PlaceScorer.RESOURCE : tolls ? TollScorer.RESOURCE
                : sentences ? EventSentenceScorer.RESOURCE : EventScorer.RESOURCE);
        boolean check = false;
        boolean curve = false;
        boolean ceiling = false;
        Path checkSet = Path.of("../shared/eval-check");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--check" -> check = true;
                case "--curve" -> curve = true;
                case "--ceiling" -> ceiling = true;
                case "--check-set" -> checkSet = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        if (ceiling && (tolls || sentences) || curve && (places || tolls)) {
            System.err.println("--ceiling is for places or events, --curve for sentences or events\n" + USAGE);
            System.exit(2);
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
        if (ceiling && !places) {
            EventExtractor extractor = new EventExtractor(gazetteer);
            EventCeiling.Measured tuning = EventCeiling.measure(eval, extractor);
            tuning.all().lines(eval.toString()).forEach(System.out::println);
            for (var byLanguage : tuning.byLanguage().entrySet()) {
                byLanguage.getValue().lines(eval + ", " + byLanguage.getKey()).forEach(System.out::println);
            }
            if (Files.isDirectory(checkSet)) {
                // the check set's aggregate only: its articles are for measuring, not for reading by language
                EventCeiling.measure(checkSet, extractor).all().lines(checkSet.toString()).forEach(System.out::println);
            }
            return;
        }
        if (ceiling) {
            PlaceRecognizer recognizer = new PlaceRecognizer(gazetteer, new DateResolver().calendarWords());
            System.out.println(PlaceCeiling.measure(GoldPlaces.readAll(eval), recognizer).line(eval.toString()));
            if (Files.isDirectory(checkSet)) {
                System.out.println(PlaceCeiling.measure(GoldPlaces.readAll(checkSet), recognizer).line(checkSet.toString()));
            }
            return;
        }
        if (curve && sentences) {
            List<AnnotatedArticle> articles = AnnotatedArticle.readAll(eval);
            List<SentenceTraining.SentenceTable> tables = sentenceTables(gazetteer, articles);
            java.util.Map<String, String> languageOf = new java.util.HashMap<>();
            articles.forEach(a -> languageOf.put(a.id(), a.gold().path("language").asText("?")));
            SentenceCurve.run(tables, languageOf, SentenceTraining.crossValidate(tables).get(0).cost()).forEach(System.out::println);
            return;
        }
        if (curve) {
            if (!Files.isDirectory(checkSet)) {
                System.err.println("no check set at " + checkSet);
                System.exit(2);
            }
            LearningCurve.run(stackedEventTables(gazetteer, eval), checkSet, eval.resolve("score.py")).forEach(System.out::println);
            return;
        }
        Options o = new Options(args[0], eval, out, check);
        List<String> lines = places ? places(gazetteer, o) : tolls ? tolls(gazetteer, o) : sentences ? sentences(gazetteer, o) : events(gazetteer, o);
        write(lines, o);
    }

    private static List<String> places(Gazetteer gazetteer, Options o) throws IOException {
        // features only: the weights being fitted are not needed (nor, when features change, readable) here
        PlaceRecognizer recognizer = new PlaceRecognizer(gazetteer, new DateResolver().calendarWords(), PlaceScorer.untrained());
        List<PlaceTable> tables = new ArrayList<>();
        List<GoldPlaces> articles = GoldPlaces.readAll(o.eval());
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
        LogisticFit.Weights w = PlaceTraining.weights(model);
        System.out.printf(Locale.ROOT, "[train places] exported weights reproduce the model's probabilities within %.1e%n",
                PlaceTraining.check(model, w, tables));
        return weightsFile("Place scorer weights (core/geo/PlaceScorer)", "places", articles.size(),
                labelled + " labelled readings, " + right + " right; labels from each gold event's location: see src/train/java",
                List.of(figures + "."), "a name is taken as a place", s.threshold(), w, PlaceFeatures.names());
    }

    private static List<String> tolls(Gazetteer gazetteer, Options o) throws IOException {
        // every toll kept: the scorer being fitted decides which count; the sentence scores from folds without the article
        List<TollTable> tables = stacked(gazetteer, o.eval(), s -> new EventExtractor(gazetteer, EventScorer.untrained(), TollScorer.untrained(), s),
                TollTable::of);
        List<LogisticFit.Row> rows = TollTraining.rows(tables);
        long right = rows.stream().filter(LogisticFit.Row::positive).count();
        long events = tables.stream().mapToLong(t -> t.events().size()).sum();
        System.out.printf(Locale.ROOT, "[train tolls] %d articles, %d paired events, %d exact death tolls labelled (%d the gold toll)%n",
                tables.size(), events, rows.size(), right);
        TollTraining.Score ceiling = TollTraining.ceiling(tables);
        System.out.printf(Locale.ROOT, "[train tolls] the best a choice of tolls could do: %d of %d paired events (%.3f); the rest need another reading of the figures%n",
                ceiling.right(), ceiling.compared(), ceiling.accuracy());
        TollTraining.CrossValidation cv = TollTraining.crossValidate(tables);
        TollTraining.Score s = cv.best();
        String figures = String.format(Locale.ROOT, "%d-fold cross-validation grouped by article, repeated over %d shuffles, cost %s: "
                        + "fatalities accuracy %.3f over the paired events (%d of %d, summed over the shuffles) at threshold %.2f, "
                        + "against %.3f with the highest toll reported", PlaceTraining.FOLDS, EventTraining.REPEATS, cv.cost(), s.accuracy(),
                s.right(), s.compared(), s.threshold(), cv.highest().accuracy());
        System.out.println("[train tolls] " + figures);
        LogisticFit.Weights w = exported("tolls", TollTraining.FIT, TollTraining.model(tables, cv.cost()), rows);
        return weightsFile("Toll scorer weights (core/extract/TollScorer)", "tolls", tables.size(),
                rows.size() + " exact death tolls of " + events + " events paired with a gold event of the same date, " + right
                        + " of them the gold event's fatalities", List.of(figures + "."), "a toll counts", s.threshold(), w, TollFeatures.names());
    }

    /** Every word-bearing sentence's mentions are read once; the sentence weights do not change which sentences they are. */
    private static List<SentenceTraining.SentenceTable> sentenceTables(Gazetteer gazetteer, List<AnnotatedArticle> articles) throws IOException {
        return SentenceTraining.readAll(articles, new EventExtractor(gazetteer, EventScorer.untrained(), TollScorer.untrained(),
                EventSentenceScorer.untrained()));
    }

    private static List<String> sentences(Gazetteer gazetteer, Options o) throws IOException {
        List<AnnotatedArticle> articles = AnnotatedArticle.readAll(o.eval());
        List<SentenceTraining.SentenceTable> tables = sentenceTables(gazetteer, articles);
        long rows = tables.stream().mapToLong(t -> t.rows().size()).sum();
        long evidence = tables.stream().mapToLong(t -> t.rows().stream().filter(SentenceTraining.Row::evidence).count()).sum();
        System.out.printf(Locale.ROOT, "[train sentences] %d articles, %d sentences holding an event word (%d of them a gold event's evidence)%n",
                tables.size(), rows, evidence);
        List<SentenceTraining.Score> cv = SentenceTraining.crossValidate(tables);
        SentenceTraining.Score best = cv.get(0);
        String figures = String.format(Locale.ROOT, "%d-fold cross-validation grouped by article, cost %s (of %s, by held-out log loss): "
                        + "log loss %.4f per sentence (%.4f with no word weighed), area under the ROC curve %.3f", PlaceTraining.FOLDS,
                best.cost(), java.util.Arrays.toString(SentenceTraining.COSTS), best.logLoss(), baseLogLoss(best), best.auc());
        System.out.println("[train sentences] " + figures);
        EventSentenceScorer fitted = SentenceTraining.fit(tables, best.cost());
        List<String> lines = new ArrayList<>();
        lines.add("# Sentence scorer weights (core/extract/EventSentenceScorer): logistic regression over word forms, L2-regularised");
        lines.add("# (liblinear L2R_LR via Tribuo 4.3.2). Written by ./train sentences on " + LocalDate.now() + " from the " + tables.size()
                + " annotated articles of ../shared/eval");
        lines.add("# (" + rows + " sentences holding an event word, " + evidence + " of them a required gold event's evidence; forms used in at least "
                + SentenceTraining.MIN_ARTICLES + " articles, " + fitted.weights().size() + ").");
        lines.add("# " + figures + ".");
        lines.add("# Licence: Apache-2.0 (project licence); derived from the evaluation annotations and the single word forms of their");
        lines.add("# articles' sentences, no text.");
        lines.add("# Columns: bias · value; word · form (a token's matching form, or the form without its Arabic proclitics) · weight.");
        lines.addAll(SentenceTraining.rows(fitted));
        return lines;
    }

    /** The log loss of predicting every sentence at the share of evidence sentences. */
    private static double baseLogLoss(SentenceTraining.Score s) {
        double p = s.evidence() / (double) s.sentences();
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    }

    /**
     * The event tables of the annotated articles (the events as assembled, none dropped: the scorer being fitted
     * decides which to keep), each article read with sentence weights fitted without its fold.
     */
    private static List<EventTable> stackedEventTables(Gazetteer gazetteer, Path eval) throws IOException {
        return stacked(gazetteer, eval, s -> new EventExtractor(gazetteer, EventScorer.untrained(), TollScorer.load(), s), EventTable::of);
    }

    /** Each annotated article read with sentence weights fitted on the folds it is not in ({@link SentenceTraining#stacked}). */
    private static <T> List<T> stacked(Gazetteer gazetteer, Path eval, java.util.function.Function<EventSentenceScorer, EventExtractor> engine,
                                       java.util.function.Function<PairedArticle, T> table) throws IOException {
        List<AnnotatedArticle> articles = AnnotatedArticle.readAll(eval);
        List<SentenceTraining.SentenceTable> tables = sentenceTables(gazetteer, articles);
        return SentenceTraining.stacked(articles, tables, SentenceTraining.crossValidate(tables).get(0), engine, table);
    }

    private static List<String> events(Gazetteer gazetteer, Options o) throws IOException {
        List<EventTable> tables = stackedEventTables(gazetteer, o.eval());
        List<LogisticFit.Row> rows = EventTraining.rows(tables);
        long right = rows.stream().filter(LogisticFit.Row::positive).count();
        System.out.printf(Locale.ROOT, "[train events] %d articles, %d assembled events labelled (%d right, %d wrong)%n",
                tables.size(), rows.size(), right, rows.size() - right);
        EventTraining.CrossValidation cv = EventTraining.crossValidate(tables);
        EventTraining.Score s = cv.best();
        EventTraining.Score all = cv.keepAll();
        String figures = String.format(Locale.ROOT, "%d-fold cross-validation grouped by article, repeated over %d shuffles, cost %s: "
                        + "event F1 %.3f (precision %.3f, recall %.3f over %d gold events) at threshold %.2f, against %.3f (%.3f / %.3f) "
                        + "with every assembled event kept", PlaceTraining.FOLDS, EventTraining.REPEATS, cv.cost(), s.f1(), s.precision(),
                s.recall(), s.gold() / EventTraining.REPEATS, s.threshold(), all.f1(), all.precision(), all.recall());
        System.out.println("[train events] " + figures);
        String reliability = EventTraining.reliability(cv.heldOut(), cv.probabilities(), s.threshold());
        System.out.println("[train events] held out, " + reliability);
        LogisticFit.Weights w = exported("events", EventTraining.FIT, EventTraining.model(tables, cv.cost()), rows);
        return weightsFile("Event scorer weights (core/extract/EventScorer)", "events", tables.size(),
                rows.size() + " assembled events, " + right + " right: paired with a gold event of the same date and type as score.py pairs them",
                List.of(figures + ".", "Held out, " + reliability), "an event is reported", s.threshold(), w, EventFeatures.names());
    }

    /** The fitted model's weights, read back through its predictions and checked against it on the training rows. */
    private static LogisticFit.Weights exported(String what, LogisticFit fit, org.tribuo.Model<org.tribuo.classification.Label> model,
                                                List<LogisticFit.Row> rows) {
        LogisticFit.Weights w = fit.weights(model);
        System.out.printf(Locale.ROOT, "[train %s] exported weights reproduce the model's probabilities within %.1e%n", what,
                fit.check(model, w, rows.stream().map(LogisticFit.Row::features).toList()));
        return w;
    }

    /**
     * A weights resource: a header saying which scorer, when and from what it was fitted, its cross-validated
     * {@code figures}, the licence and the columns, then the threshold, the bias and one weight per feature.
     */
    private static List<String> weightsFile(String title, String what, int articles, String data, List<String> figures,
                                            String thresholdMeans, double threshold, LogisticFit.Weights w, List<String> names) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + title + ": logistic regression, L2-regularised (liblinear L2R_LR via Tribuo 4.3.2).");
        lines.add("# Written by ./train " + what + " on " + LocalDate.now() + " from the " + articles + " annotated articles of ../shared/eval");
        lines.add("# (" + data + ").");
        figures.forEach(f -> lines.add("# " + f));
        lines.add("# Licence: Apache-2.0 (project licence); derived from the evaluation annotations, no article text.");
        lines.add("# Columns: name · value. threshold: least probability at which " + thresholdMeans + "; bias; one weight per feature.");
        lines.addAll(values(threshold, w, names));
        return lines;
    }

    private static List<String> values(double threshold, LogisticFit.Weights w, List<String> names) {
        List<String> lines = new ArrayList<>();
        lines.add("threshold\t" + threshold);
        lines.add("bias\t" + round(w.bias()));
        for (int i = 0; i < w.weights().length; i++) {
            lines.add(names.get(i) + "\t" + round(w.weights()[i]));
        }
        return lines;
    }

    private static void write(List<String> lines, Options o) throws IOException {
        String tag = "[train " + o.what() + "] ";
        if (o.check()) {
            List<String> committed = Files.readAllLines(o.out(), StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
            List<String> fitted = lines.stream().filter(l -> !l.startsWith("#")).toList();
            if (!committed.equals(fitted)) {
                System.err.println(tag + o.out() + " differs from the weights fitted now: retrain with ./train " + o.what());
                System.exit(1);
            }
            System.out.println(tag + o.out() + " matches the weights fitted now");
            return;
        }
        Files.createDirectories(o.out().toAbsolutePath().getParent());
        Files.write(o.out(), lines, StandardCharsets.UTF_8);
        System.out.println(tag + "weights → " + o.out());
    }

    /** Six significant decimals: enough for the probabilities, and stable text for --check. */
    private static String round(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
