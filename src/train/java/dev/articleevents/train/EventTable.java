package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.model.Event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every event the engine assembles from one annotated article, none dropped, labelled the way
 * ../shared/eval/score.py pairs events: one to one, place first, then date, type and sub-type (its match).
 * An event paired with a gold event at the same date and of the same type is right; one paired with an
 * optional gold event is neither (score.py neither rewards nor punishes it) and is left out; every other
 * event is wrong. {@code goldEvents} counts the required gold events, the recall's denominator.
 */
record EventTable(String article, int goldEvents, List<Row> rows) {
    enum Label { RIGHT, WRONG, NEUTRAL }

    record Row(double[] features, Label label) {
    }

    static List<EventTable> readAll(Path dir, EventExtractor extractor) throws IOException {
        return PairedArticle.readAll(dir, extractor, EventTable::of);
    }

    static EventTable of(PairedArticle a) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < a.scored().size(); i++) {
            JsonNode g = a.goldOf(i);
            Event p = a.predicted().get(i);
            Label label = g == null ? Label.WRONG : PairedArticle.optional(g) ? Label.NEUTRAL
                    : dateOk(p, g) && p.eventType().equals(g.path("eventType").asText()) ? Label.RIGHT : Label.WRONG;
            rows.add(new Row(a.scored().get(i).features(), label));
        }
        int required = (int) a.gold().stream().filter(g -> !PairedArticle.optional(g)).count();
        return new EventTable(a.id(), required, rows);
    }

    /** score.py's match: greedy one-to-one by (date agrees ×4, type ×2, sub-type ×1), place required. */
    static int[] pair(List<Event> predicted, List<JsonNode> gold) {
        record Candidate(int score, int p, int g) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                Event p = predicted.get(i);
                JsonNode g = gold.get(j);
                if (!placeMatches(p, g)) {
                    continue;
                }
                int s = 4 * (dateOk(p, g) ? 1 : 0) + 2 * (p.eventType().equals(g.path("eventType").asText()) ? 1 : 0)
                        + (p.subEventType().equals(g.path("subEventType").asText()) ? 1 : 0);
                candidates.add(new Candidate(s, i, j));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(Candidate::p).thenComparingInt(Candidate::g));
        int[] pairedWith = new int[predicted.size()];
        java.util.Arrays.fill(pairedWith, -1);
        Set<Integer> usedGold = new HashSet<>();
        for (Candidate c : candidates) {
            if (pairedWith[c.p()] < 0 && usedGold.add(c.g())) {
                pairedWith[c.p()] = c.g();
            }
        }
        return pairedWith;
    }

    static boolean placeMatches(Event p, JsonNode g) {
        JsonNode gl = g.path("location");
        Set<String> goldNames = ScorerNames.names(gl.path("name").asText(null), gl.path("nameInText").asText(null),
                gl.path("sublocation").asText(null));
        if (goldNames.isEmpty()) {
            return java.util.Objects.equals(p.location().country(), gl.path("country").asText(null));
        }
        return ScorerNames.match(ScorerNames.names(p.location().name(), p.location().nameInText(), p.location().sublocation()), goldNames);
    }

    static boolean dateOk(Event p, JsonNode g) {
        JsonNode d = g.path("date");
        return d.isMissingNode() || d.isNull() || d.asText().equals(p.date());
    }
}
