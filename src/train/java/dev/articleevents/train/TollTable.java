package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.extract.TollScorer;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact death tolls of one annotated article's assembled events, for the events score.py pairs with a required
 * gold event of the same date (those whose fatalities it compares). A toll is right when it is the gold event's
 * fatalities. The engine reports the highest of the sources' likeliest tolls; the accuracy a threshold gives is counted on that,
 * each source's toll chosen by the engine's own {@link TollScorer#likeliestBySource} (an event's sides added up, or its
 * attackers, are not counted: the highest of the chosen tolls stands for the engine's tally).
 */
record TollTable(String article, List<PairedEvent> events) {
    /** One toll: its features, its count, the report (source) it belongs to, and whether it is the gold toll. */
    record Row(double[] features, int count, String source, boolean right) {
    }

    /**
     * @param gold      the gold event's fatalities (null: none reported)
     * @param untouched what the engine reports when no exact toll is given (a vague figure: null), for an event without tolls
     */
    record PairedEvent(Integer gold, Integer untouched, List<Row> tolls) {
        /**
         * The fatalities reported: each source's likeliest toll, when its probability clears {@code threshold}, and
         * the highest of those.
         */
        Integer predicted(double[] probabilities, double threshold) {
            if (tolls.isEmpty()) {
                return untouched;
            }
            List<Integer> indexes = java.util.stream.IntStream.range(0, tolls.size()).boxed().toList();
            return TollScorer.likeliestBySource(indexes, i -> tolls.get(i).source(), i -> probabilities[i], threshold).values().stream()
                    .map(i -> tolls.get(i).count()).max(Integer::compare).orElse(null);
        }

        /** The fatalities the rule before the toll scorer reported: the highest toll. */
        Integer highest() {
            return tolls.isEmpty() ? untouched : Integer.valueOf(tolls.stream().mapToInt(Row::count).max().getAsInt());
        }
    }

    static TollTable of(PairedArticle a) {
        List<PairedEvent> events = new ArrayList<>();
        for (int i = 0; i < a.scored().size(); i++) {
            JsonNode g = a.goldOf(i);
            if (g == null || PairedArticle.optional(g) || !EventTable.dateOk(a.predicted().get(i), g)) {
                continue;
            }
            Integer gold = g.path("fatalities").isNumber() ? g.path("fatalities").asInt() : null;
            List<Row> rows = new ArrayList<>();
            for (TollScorer.Scored t : a.scored().get(i).candidate().tolls()) {
                int count = t.figure().count().value();
                rows.add(new Row(t.features(), count, t.source(), gold != null && gold == count));
            }
            events.add(new PairedEvent(gold, rows.isEmpty() ? a.predicted().get(i).fatalities() : null, rows));
        }
        return new TollTable(a.id(), events);
    }
}
