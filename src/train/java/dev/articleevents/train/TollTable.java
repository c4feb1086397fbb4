package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.extract.EventAssembler;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.extract.TollScorer;
import dev.articleevents.core.model.Event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact death tolls of one annotated article's assembled events, for the events score.py pairs with a required
 * gold event of the same date (those whose fatalities it compares). A toll is right when it is the gold event's
 * fatalities. Each event keeps what the engine reports with every toll kept, for the accuracy a threshold gives.
 */
record TollTable(String article, List<PairedEvent> events) {
    /** One toll: its features, its count, and whether it is the gold toll. */
    record Row(double[] features, int count, boolean right) {
    }

    /**
     * @param gold      the gold event's fatalities (null: none reported)
     * @param untouched what the engine reports when no exact toll is given (a vague figure: null), for an event without tolls
     */
    record PairedEvent(Integer gold, Integer untouched, List<Row> tolls) {
        /** The fatalities reported when the tolls whose probability clears {@code threshold} are kept: the highest of them. */
        Integer predicted(double[] probabilities, double threshold) {
            if (tolls.isEmpty()) {
                return untouched;
            }
            Integer best = null;
            for (int i = 0; i < tolls.size(); i++) {
                if (probabilities[i] >= threshold && (best == null || tolls.get(i).count() > best)) {
                    best = tolls.get(i).count();
                }
            }
            return best;
        }
    }

    static List<TollTable> readAll(Path dir, EventExtractor extractor) throws IOException {
        List<TollTable> out = new ArrayList<>();
        for (AnnotatedArticle a : AnnotatedArticle.readAll(dir)) {
            out.add(of(a, extractor));
        }
        return out;
    }

    static TollTable of(AnnotatedArticle article, EventExtractor extractor) throws IOException {
        List<EventAssembler.Scored> scored = extractor.scoredEvents(article.document());
        List<JsonNode> goldEvents = new ArrayList<>();
        article.gold().path("events").forEach(goldEvents::add);
        List<Event> predicted = scored.stream().map(EventAssembler.Scored::event).toList();
        int[] pairedWith = EventTable.pair(predicted, goldEvents);
        List<PairedEvent> events = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            if (pairedWith[i] < 0) {
                continue;
            }
            JsonNode g = goldEvents.get(pairedWith[i]);
            if (g.path("optional").asBoolean(false) || !EventTable.dateOk(predicted.get(i), g)) {
                continue;
            }
            Integer gold = g.path("fatalities").isNumber() ? g.path("fatalities").asInt() : null;
            List<Row> rows = new ArrayList<>();
            for (TollScorer.Scored t : scored.get(i).candidate().tolls()) {
                int count = t.figure().count().value();
                rows.add(new Row(t.features(), count, gold != null && gold == count));
            }
            events.add(new PairedEvent(gold, rows.isEmpty() ? predicted.get(i).fatalities() : null, rows));
        }
        return new TollTable(article.id(), events);
    }
}
