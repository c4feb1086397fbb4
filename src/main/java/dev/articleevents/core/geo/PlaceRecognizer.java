package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.lexicon.ReportingVerbs;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.ArticleDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds places in an article. Gazetteer names are matched on tokens ({@link NameMatcher}: Arabic proclitics
 * removed, longest name first); each reading of a name is scored ({@link PlaceFeatures}, {@link PlaceScorer}) and
 * the likeliest taken when the scorer finds it likely enough. Villages, camps and districts the gazetteer lacks
 * are reported from their cue ({@link CueNamedPlaces}: "قرية X", "the village of X", "quartier de X"), and a name
 * so introduced is a place wherever the article repeats it ({@link RepeatedNames}).
 */
public final class PlaceRecognizer {
    private final Gazetteer gazetteer;
    private final PlaceWords words;
    private final NameMatcher names;
    private final CueNamedPlaces cueNamed;
    private final PlaceScorer scorer;
    private final PersonContext people = new PersonContext();
    private final ReportingVerbs speech = new ReportingVerbs();

    public PlaceRecognizer(Gazetteer gazetteer) {
        this(gazetteer, Set.of());
    }

    /** @param calendarWords month and weekday names and parts of the day in matching form: capitalised or not, never places */
    public PlaceRecognizer(Gazetteer gazetteer, Set<String> calendarWords) {
        this(gazetteer, calendarWords, PlaceScorer.load());
    }

    public PlaceRecognizer(Gazetteer gazetteer, Set<String> calendarWords, PlaceScorer scorer) {
        this.gazetteer = gazetteer;
        this.scorer = scorer;
        this.words = new PlaceWords(calendarWords);
        this.names = new NameMatcher(gazetteer, words);
        this.cueNamed = new CueNamedPlaces(words);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** One reading of a matched name as one place, with its evidence and the probability the scorer gives it. */
    public record Reading(PlaceCandidate candidate, Place place, double[] features, double probability) {
    }

    /**
     * The places of a token range, and the likeliest reading of every gazetteer name in it, accepted or not: the
     * latter for places whose role the text's shape already gives (a dateline "NAIROBI —" names its bureau city
     * however little else the article says). One scan gives both.
     */
    public record Found(List<PlaceMention> places, List<PlaceMention> likeliest) {
    }

    /** Every reading of every gazetteer name in the article, scored: what {@link #find} chooses from, and what training learns from. */
    public List<Reading> readings(String text, List<Token> tokens, String language) {
        return readings(text, tokens, language, List.of());
    }

    /** {@link #readings(String, List, String)} of a structured article, whose datelines say nothing of its countries. */
    public List<Reading> readings(ArticleDocument doc) {
        return readings(doc.text(), doc.tokens(), doc.language(), doc.article().datelineHeads());
    }

    private List<Reading> readings(String text, List<Token> tokens, String language, List<Span> filedFrom) {
        Passage p = new Passage(text, tokens, 0, tokens.size(), language);
        PlaceEvidence evidence = scan(p, cueIndex(p), filedFrom);
        List<Reading> out = new ArrayList<>();
        for (PlaceCandidate c : evidence.candidates) {
            out.addAll(read(c, evidence));
        }
        return out;
    }

    /** Places in the token range [from, to) of the article, with the article's country context. */
    public List<PlaceMention> find(String text, List<Token> tokens, int from, int to, String language) {
        return findWithReadings(text, tokens, from, to, language).places();
    }

    /** {@link #find} and the likeliest reading of every gazetteer name, from one scan. */
    public Found findWithReadings(String text, List<Token> tokens, int from, int to, String language) {
        return findWithReadings(text, tokens, from, to, language, List.of());
    }

    /**
     * {@link #find} and the likeliest readings of a structured article. Its datelines ("دبي، الإمارات العربية المتحدة
     * (CNN)--", "BEIRUT (AP) —") name where the bureau is: their names are read, but are no evidence of the
     * countries the article is about (a wire service files every story from the same city).
     */
    public Found findWithReadings(ArticleDocument doc) {
        return findWithReadings(doc.text(), doc.tokens(), 0, doc.tokens().size(), doc.language(), doc.article().datelineHeads());
    }

    private Found findWithReadings(String text, List<Token> tokens, int from, int to, String language, List<Span> filedFrom) {
        Passage p = new Passage(text, tokens, from, to, language);
        Map<Integer, String> cueBefore = cueIndex(p);
        CueNamedPlaces.Cues cues = cueNamed.find(p, cueBefore);
        PlaceEvidence evidence = scan(p, cueBefore, filedFrom);
        List<PlaceMention> out = new ArrayList<>();
        List<PlaceMention> likeliest = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (PlaceCandidate c : evidence.candidates) {
            Reading best = likeliest(c, evidence);
            if (best == null) {
                continue;
            }
            PlaceMention m = p.mention(c.start(), c.end(), best.place(), c.cueKind(), best.probability());
            likeliest.add(m);
            if (accepted(best) && !personAfterTitle(p, c, best, evidence)) {
                out.add(m);
                for (int k = c.start(); k < c.end(); k++) {
                    covered.add(k);
                }
            }
        }
        cueNamed.addUnlisted(p, cues, covered, out);
        RepeatedNames.add(p, out, covered);
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return new Found(out, likeliest);
    }

    /** The gazetteer names of the range and what the article says about them. */
    private PlaceEvidence scan(Passage p, Map<Integer, String> cueBefore, List<Span> filedFrom) {
        return new PlaceEvidence(p.text(), p.tokens(), p.language(), names.candidates(p, cueBefore), people, speech, filedFrom);
    }

    /** The kind of the place cue ending at each token position ("in", "near", "settlement", …). */
    private Map<Integer, String> cueIndex(Passage p) {
        Map<Integer, String> cueBefore = new HashMap<>();
        for (PhraseLexicon.Match<String> m : words.cues(p.language()).findLongest(p.tokens(), p.from(), p.to())) {
            cueBefore.put(m.end(), m.value());
        }
        return cueBefore;
    }

    private List<Reading> read(PlaceCandidate c, PlaceEvidence evidence) {
        List<Reading> out = new ArrayList<>(c.places().size());
        for (Place p : c.places()) {
            double[] x = PlaceFeatures.vector(c, p, evidence);
            out.add(new Reading(c, p, x, scorer.probability(x)));
        }
        return out;
    }

    /**
     * Whether the likeliest reading is taken as the place: when the scorer finds it likely enough. A country's
     * name is that country: it is no ordinary word and no homonym abroad outweighs it (the scorer's
     * probability still says how likely it is to be an event's place).
     */
    private boolean accepted(Reading best) {
        return best.place().isCountry() || best.probability() >= scorer.threshold();
    }

    /**
     * In Latin script a name one space after a title ("President Volodymyr Zelensky", "Secretary-General Ban Ki-moon")
     * is a person's, however well a town's alternate name fits it; in Arabic the bare title before a country is that
     * country's office ("رئيس أرمينيا"), so there the title stays evidence for the scorer only.
     */
    private static boolean personAfterTitle(Passage p, PlaceCandidate c, Reading best, PlaceEvidence evidence) {
        return !p.arabic() && !best.place().isCountry() && evidence.titledAt.contains(c.start());
    }

    private Reading likeliest(PlaceCandidate c, PlaceEvidence evidence) {
        Reading best = null;
        for (Reading r : read(c, evidence)) {
            if (r.place().isCountry()) {
                return r;
            }
            if (best == null || r.probability() > best.probability()) {
                best = r;
            }
        }
        return best;
    }
}
