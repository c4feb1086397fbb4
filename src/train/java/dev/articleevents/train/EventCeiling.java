package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.extract.EventAssembler;
import dev.articleevents.core.extract.EventExtractor;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.structure.ArticleDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the gold events are lost ({@code ./train events --ceiling}): each required gold event is put in the first of
 * {@link Reach}'s classes that some event of its article reaches, once over every event the engine assembles (none
 * dropped: what the event scorer can choose from) and once over the events it reports. Places, dates and types are
 * compared as score.py compares them, but not one to one: this is a ceiling, like the place ceiling. Only these
 * aggregates are printed (per language for the tuning set, the whole set's only for the check set), so it may be run on
 * the check set; they say whether the events lost there are lost to the candidates (not assembled at all, at another
 * place, of another type or day) or to the scorer.
 */
final class EventCeiling {
    /** How close the nearest event of the article comes to a gold event, best first. */
    enum Reach {
        RIGHT("at its place, on its day, of its type"),
        OTHER_TYPE("at its place and day, of another type"),
        OTHER_DAY("at its place, on another day"),
        ELSEWHERE("of its day and type, at another place"),
        NOTHING_NEAR("events in the article, none of these"),
        NO_EVENT("no event in the article");

        final String meaning;

        Reach(String meaning) {
            this.meaning = meaning;
        }
    }

    private EventCeiling() {
    }

    /** The nearest of {@code events} to {@code gold}. */
    static Reach reach(List<Event> events, JsonNode gold) {
        if (events.isEmpty()) {
            return Reach.NO_EVENT;
        }
        Reach best = Reach.NOTHING_NEAR;
        String type = gold.path("eventType").asText();
        for (Event e : events) {
            boolean place = EventTable.placeMatches(e, gold);
            boolean day = EventTable.dateOk(e, gold);
            boolean sameType = e.eventType().equals(type);
            Reach r = place && day && sameType ? Reach.RIGHT : place && day ? Reach.OTHER_TYPE : place ? Reach.OTHER_DAY
                    : day && sameType ? Reach.ELSEWHERE : Reach.NOTHING_NEAR;
            if (r.ordinal() < best.ordinal()) {
                best = r;
            }
        }
        return best;
    }

    /** Counts of each class over the required gold events, for the assembled and for the reported events. */
    record Shares(int gold, Map<Reach, Integer> assembled, Map<Reach, Integer> reported, Map<UnplacedGold, Integer> unplaced) {
        List<String> lines(String set) {
            List<String> out = new java.util.ArrayList<>();
            out.add(String.format(Locale.ROOT, "%s: %d gold events; the nearest event (assembled | reported):", set, gold));
            for (Reach r : Reach.values()) {
                out.add(String.format(Locale.ROOT, "  %-13s %.3f | %.3f  %s", r.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        share(assembled.get(r)), share(reported.get(r)), r.meaning));
            }
            int notPlaced = unplaced.values().stream().mapToInt(Integer::intValue).sum();
            out.add(String.format(Locale.ROOT, "  of the %d that no reported event puts at their place (elsewhere, nothing-near, no-event):",
                    notPlaced));
            for (UnplacedGold u : UnplacedGold.values()) {
                out.add(String.format(Locale.ROOT, "    %-21s %3d  %s", u.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        unplaced.get(u), u.meaning));
            }
            return out;
        }

        private double share(int n) {
            return gold == 0 ? 0 : n / (double) gold;
        }
    }

    /** The shares over a folder's articles, and per language (the gold's {@code language}). */
    record Measured(Shares all, Map<String, Shares> byLanguage) {
    }

    static Measured measure(Path dir, EventExtractor extractor) throws IOException {
        Tally all = new Tally();
        Map<String, Tally> byLanguage = new java.util.TreeMap<>();
        for (AnnotatedArticle a : AnnotatedArticle.readAll(dir)) {
            ArticleDocument document = a.document();
            List<EventAssembler.Scored> scored = extractor.scoredEvents(document);
            List<Event> assembled = scored.stream().map(EventAssembler.Scored::event).toList();
            List<Event> kept = extractor.reportedOf(scored).stream().map(EventAssembler.Scored::event).toList();
            Tally language = byLanguage.computeIfAbsent(a.gold().path("language").asText("?"), k -> new Tally());
            for (JsonNode g : a.gold().path("events")) {
                if (PairedArticle.optional(g)) {
                    continue;
                }
                Reach inAssembled = reach(assembled, g);
                Reach inReported = reach(kept, g);
                UnplacedGold unplaced = inReported.ordinal() >= Reach.ELSEWHERE.ordinal()
                        ? UnplacedGold.of(kept, g, document.text()) : null;
                all.add(inAssembled, inReported, unplaced);
                language.add(inAssembled, inReported, unplaced);
            }
        }
        Map<String, Shares> shares = new java.util.TreeMap<>();
        byLanguage.forEach((language, t) -> shares.put(language, t.shares()));
        return new Measured(all.shares(), shares);
    }

    /** Gold events counted per class, for the assembled and for the reported events. */
    private static final class Tally {
        private final Map<Reach, Integer> assembled = counts();
        private final Map<Reach, Integer> reported = counts();
        private final Map<UnplacedGold, Integer> unplaced = new EnumMap<>(UnplacedGold.class);
        private int gold;

        Tally() {
            for (UnplacedGold u : UnplacedGold.values()) {
                unplaced.put(u, 0);
            }
        }

        void add(Reach inAssembled, Reach inReported, UnplacedGold notPlaced) {
            gold++;
            assembled.merge(inAssembled, 1, Integer::sum);
            reported.merge(inReported, 1, Integer::sum);
            if (notPlaced != null) {
                unplaced.merge(notPlaced, 1, Integer::sum);
            }
        }

        Shares shares() {
            checkPartition(gold, assembled);
            checkPartition(gold, reported);
            int notPlaced = reported.get(Reach.ELSEWHERE) + reported.get(Reach.NOTHING_NEAR) + reported.get(Reach.NO_EVENT);
            if (unplaced.values().stream().mapToInt(Integer::intValue).sum() != notPlaced) {
                throw new IllegalStateException("the unplaced classes count other than the " + notPlaced + " gold events not placed");
            }
            return new Shares(gold, assembled, reported, unplaced);
        }
    }

    private static Map<Reach, Integer> counts() {
        Map<Reach, Integer> m = new EnumMap<>(Reach.class);
        for (Reach r : Reach.values()) {
            m.put(r, 0);
        }
        return m;
    }

    /** Every gold event is in exactly one class: the shares printed add up to one. */
    private static void checkPartition(int gold, Map<Reach, Integer> counts) {
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != gold) {
            StringJoiner j = new StringJoiner(", ");
            counts.forEach((r, n) -> j.add(r + "=" + n));
            throw new IllegalStateException("the classes count " + sum + " gold events of " + gold + ": " + j);
        }
    }
}
