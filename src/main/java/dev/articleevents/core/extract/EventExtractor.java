package dev.articleevents.core.extract;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.geo.PlaceRecognizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.rules.RuleCount;
import dev.articleevents.core.structure.ArticleDocument;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Article → events: places of the whole article first (they give each other context), then mentions, then events. */
public final class EventExtractor {
    private final PlaceRecognizer places;
    private final MentionFinder mentions;
    private final EventAssembler assembler;
    private final EventContextCues contextCues = new EventContextCues();
    private final EventSentenceScorer sentences;
    private final Gazetteer gazetteer;

    public EventExtractor(Gazetteer gazetteer) {
        this(gazetteer, EventScorer.load());
    }

    public EventExtractor(Gazetteer gazetteer, EventScorer scorer) {
        this(gazetteer, scorer, TollScorer.load());
    }

    /** With the toll scorer given: training the toll scorer keeps every toll ({@link TollScorer#untrained()}). */
    public EventExtractor(Gazetteer gazetteer, EventScorer scorer, TollScorer tolls) {
        this(gazetteer, scorer, tolls, EventSentenceScorer.load());
    }

    /** With the sentence scorer given: training the event scorer reads each article with weights fitted without it. */
    public EventExtractor(Gazetteer gazetteer, EventScorer scorer, TollScorer tolls, EventSentenceScorer sentences) {
        this.gazetteer = gazetteer;
        this.sentences = sentences;
        DateResolver dates = new DateResolver();
        this.places = new PlaceRecognizer(gazetteer, dates.calendarWords());
        NumberReader numbers = new NumberReader();
        this.mentions = new MentionFinder(new TriggerLexicon(), dates, new CasualtyReader(numbers, dates.monthWords()),
                new ActorRecognizer(), new SourceRecognizer(), new NonEventCues());
        this.assembler = new EventAssembler(gazetteer, scorer, tolls);
    }

    /** The events the scorer keeps of the mentions found, each with what made it (no digest: the digest stage writes it). */
    public List<EventAssembler.Scored> reported(ArticleDocument doc, List<Mention> found) {
        return reportedOf(scored(doc, found));
    }

    /** Those of {@code scored} that are reported (for measuring, over the same events, what the scorer keeps). */
    public List<EventAssembler.Scored> reportedOf(List<EventAssembler.Scored> scored) {
        return assembler.reportedOf(scored);
    }

    /** Every event the article's mentions make, scored and none dropped (for training the event scorer). */
    public List<EventAssembler.Scored> scoredEvents(ArticleDocument doc) {
        return scored(doc, mentions(doc));
    }

    private List<EventAssembler.Scored> scored(ArticleDocument doc, List<Mention> found) {
        return assembler.score(found, new MentionSentences(contextCues.read(doc, found), sentences.read(doc, found)), doc.published(),
                doc.text().length());
    }

    /** The mentions events are built from (for explaining a result). */
    public List<Mention> mentions(ArticleDocument doc) {
        return mentions(doc, places.findWithReadings(doc),
                AnalysisDeadline.none());
    }

    /** The mentions of the article whose places were {@code found} (by the places stage). */
    public List<Mention> mentions(ArticleDocument doc, PlaceRecognizer.Found found, AnalysisDeadline deadline) {
        // where reports were filed from is no place of their events, nor of the article; the dateline's shape
        // says its first word is a place, so it is read even where the scorer alone would not take the name
        List<PlaceMention> datelines = Datelines.places(doc.article(), found.likeliest());
        java.util.Set<Integer> filed = new java.util.HashSet<>();
        datelines.forEach(d -> filed.add(d.charStart()));
        List<PlaceMention> eventPlaces = found.places().stream().filter(p -> !filed.contains(p.charStart())).toList();
        PlaceMention main = mainPlace(eventPlaces);
        return mentions.find(doc, eventPlaces, main != null ? main : datelineCountry(datelines), deadline);
    }

    /** The geoparser the places stage runs, built with the calendar words the dates are read with. */
    public PlaceRecognizer placeRecognizer() {
        return places;
    }

    /**
     * A story that names no place but its dateline ("KABUL, Afghanistan — A bomb exploded next to a bus…") is
     * set in the dateline's country, not its city (FORMAT.md: an event with no named place below country level
     * is located at the country).
     */
    private PlaceMention datelineCountry(List<PlaceMention> datelines) {
        for (PlaceMention d : datelines) {
            if (d.place() != null && d.place().isCountry()) {
                return d;
            }
        }
        for (PlaceMention d : datelines) {
            Place country = d.place() == null ? null : gazetteer.country(d.place().country());
            if (country != null) {
                return new PlaceMention(d.start(), d.end(), d.charStart(), d.charEnd(), country.name(), country, null);
            }
        }
        return null;
    }

    /** The fire counts of the sentence rules, then of the grouping rules. */
    public List<RuleCount> ruleCounts() {
        List<RuleCount> out = new java.util.ArrayList<>(mentions.ruleCounts());
        out.addAll(assembler.ruleCounts());
        return out;
    }

    public List<PlaceMention> places(ArticleDocument doc) {
        return places.find(doc.text(), doc.tokens(), 0, doc.tokens().size(), doc.language());
    }

    /**
     * The article's most named city (else region, else country): where events without a place of their own go.
     * A name introduced by a place word ("قرب دمشق", "near Kaduna") counts double, and of equals the one the
     * article names first wins.
     */
    static PlaceMention mainPlace(List<PlaceMention> found) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Map<String, PlaceMention> first = new HashMap<>();
        for (PlaceMention p : found) {
            if (p.place() == null) {
                continue;
            }
            String key = EventAssembler.placeKey(p);
            counts.merge(key, p.cueKind() != null ? 2 : 1, Integer::sum);
            first.putIfAbsent(key, p);
        }
        PlaceMention best = null;
        int bestScore = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            PlaceMention p = first.get(e.getKey());
            int score = p.specificity() * 100 + e.getValue();
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }
}
