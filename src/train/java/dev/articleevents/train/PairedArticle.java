package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.extract.EventAssembler;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.model.Event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One annotated article as both event-level trainings read it: every event the engine assembles (none dropped), the
 * gold events, and which gold event each assembled one is paired with as score.py pairs them ({@link EventTable#pair};
 * -1 for none).
 */
record PairedArticle(String id, List<EventAssembler.Scored> scored, List<Event> predicted, List<JsonNode> gold, int[] pairedWith) {
    static PairedArticle of(AnnotatedArticle article, EventExtractor extractor) throws IOException {
        List<EventAssembler.Scored> scored = extractor.scoredEvents(article.document());
        List<JsonNode> gold = new ArrayList<>();
        article.gold().path("events").forEach(gold::add);
        List<Event> predicted = scored.stream().map(EventAssembler.Scored::event).toList();
        return new PairedArticle(article.id(), scored, predicted, gold, EventTable.pair(predicted, gold));
    }

    /** Every annotated article of {@code dir}, paired, made into a table by {@code table}, in file-name order. */
    static <T> List<T> readAll(Path dir, EventExtractor extractor, Function<PairedArticle, T> table) throws IOException {
        List<T> out = new ArrayList<>();
        for (AnnotatedArticle a : AnnotatedArticle.readAll(dir)) {
            out.add(table.apply(of(a, extractor)));
        }
        return out;
    }

    /** The gold event assembled event {@code i} is paired with, or null. */
    JsonNode goldOf(int i) {
        return pairedWith[i] < 0 ? null : gold.get(pairedWith[i]);
    }

    static boolean optional(JsonNode g) {
        return g.path("optional").asBoolean(false);
    }
}
