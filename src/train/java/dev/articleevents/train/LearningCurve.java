package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.extract.EventScorer;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.pipeline.StageObserver;
import dev.articleevents.core.scoring.FittedWeights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code ./train events --curve}: the event scorer fitted on 25, 50, 75 and 100 % of the annotated articles (nested
 * subsets drawn by article with a fixed seed), each with its cross-validated F1 on that subset and the F1 that the
 * engine with those weights reaches on the check set, as score.py counts it (its aggregate line only). Whether more
 * annotated articles keep paying shows in the check column; the place scorer keeps its committed weights.
 */
final class LearningCurve {
    static final double[] SHARES = {0.25, 0.5, 0.75, 1.0};

    private LearningCurve() {
    }

    /** One point of the curve. */
    record Point(int articles, int goldEvents, EventTraining.Score cv, JsonNode check) {
    }

    static List<String> run(List<EventTable> tables, Path checkSet, Path scorePy) throws IOException {
        List<AnnotatedArticle> checkArticles = AnnotatedArticle.readAll(checkSet);
        List<Integer> drawn = new ArrayList<>(java.util.stream.IntStream.range(0, tables.size()).boxed().toList());
        Collections.shuffle(drawn, new Random(PlaceTraining.SEED));
        List<String> lines = new ArrayList<>();
        lines.add("| share | articles | gold events | CV F1 (P / R) | check F1 (P / R) |");
        lines.add("|---|---|---|---|---|");
        for (double share : SHARES) {
            // drawn at random, kept in the corpus order: at 100 % the fit is the committed one, fold for fold
            List<EventTable> subset = drawn.subList(0, (int) Math.round(share * tables.size())).stream().sorted()
                    .map(tables::get).toList();
            System.err.printf(Locale.ROOT, "[train curve] %.0f %%: %d articles, cross-validating…%n", share * 100, subset.size());
            Point p = point(subset, checkArticles, checkSet, scorePy);
            lines.add(String.format(Locale.ROOT, "| %.0f %% | %d | %d | %.3f (%.3f / %.3f) | %.3f (%.3f / %.3f) |", share * 100,
                    p.articles(), p.goldEvents(), p.cv().f1(), p.cv().precision(), p.cv().recall(),
                    p.check().path("event_F1").asDouble(), p.check().path("event_P").asDouble(), p.check().path("event_R").asDouble()));
            System.err.println("[train curve] " + lines.get(lines.size() - 1));
        }
        return lines;
    }

    private static Point point(List<EventTable> subset, List<AnnotatedArticle> check, Path checkSet, Path scorePy) throws IOException {
        EventTraining.CrossValidation cv = EventTraining.crossValidate(subset);
        var model = EventTraining.model(subset, cv.cost());
        LogisticFit.Weights w = EventTraining.FIT.weights(model);
        EventScorer scorer = EventScorer.of(new FittedWeights(w.bias(), cv.best().threshold(), w.weights()));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(StageObserver.NONE, scorer);
        Path out = Files.createTempDirectory("curve");
        for (AnnotatedArticle a : check) {
            String published = a.gold().path("publishedAt").asText(null);
            String contentType = a.text().toString().endsWith(".html") ? "text/html" : "text/plain";
            var analysis = analyzer.analyze(Files.readAllBytes(a.text()), new ArticleMeta(null, a.id(), null, null, contentType, published));
            Files.writeString(out.resolve(a.id() + ".json"), AnalysisJson.write(analysis), StandardCharsets.UTF_8);
        }
        int gold = subset.stream().mapToInt(EventTable::goldEvents).sum();
        return new Point(subset.size(), gold, cv.best(), aggregate(scorePy, checkSet, out));
    }

    /** score.py's aggregate line ("all {…}"): the per-article lines are not read. */
    private static JsonNode aggregate(Path scorePy, Path gold, Path predictions) throws IOException {
        Process p = new ProcessBuilder("python3", scorePy.toString(), gold.toString(), predictions.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException(scorePy + " exited with " + p.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scoring", e);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith("all ")) {
                return AnalysisJson.mapper().readTree(line.substring(4));
            }
        }
        throw new IOException(scorePy + " printed no aggregate line");
    }
}
