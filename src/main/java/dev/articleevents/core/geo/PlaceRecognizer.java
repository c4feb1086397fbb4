package dev.articleevents.core.geo;

import dev.articleevents.core.lexicon.ReportingVerbs;
import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds places in an article. Gazetteer names are matched on tokens (Arabic proclitics removed, longest
 * name first); ambiguous or small places are kept only with support: the article's country context (the
 * countries it names and the countries of its well-known places), a cue word before the name ("مدينة",
 * "in", "près de"), or prominence (capital, regional seat, 100 000+ people). Ordinary words that are also
 * town names are refused outright (lexicon/geo-stopwords.tsv; e.g. أوباما is not Obama in Japan).
 * Villages, camps and districts the gazetteer lacks are reported from their cue ("قرية X", "the village of
 * X", "quartier de X").
 */
public final class PlaceRecognizer {
    private static final Set<String> LATIN_CONNECTORS = Set.of("al", "el", "de", "du", "des", "la", "le", "ad", "as", "ash", "ar", "an", "az", "bin", "ibn", "abu", "of");
    private static final ArabicProclitics ARABIC = ArabicProclitics.table();
    private final Gazetteer gazetteer;
    private final Map<String, Set<String>> stopwords = new HashMap<>();
    private final Map<String, PhraseLexicon<String>> cuesByLanguage = new HashMap<>();
    private final Map<String, PhraseLexicon<String>> namingCuesByLanguage = new HashMap<>();
    /** Cues that follow the name they introduce: "the Panjshir valley", "Zaatari camp" (position "before"). */
    private final Map<String, PhraseLexicon<String>> cuesAfterNameByLanguage = new HashMap<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> calendarWords;
    private final Set<String> nameStarters = new HashSet<>();
    private final Set<String> nameSuffixes = new HashSet<>();
    private final PlaceScorer scorer;
    private final PersonContext people = new PersonContext();
    private final ReportingVerbs speech = new ReportingVerbs();
    private final OwnVocabulary ownWords = new OwnVocabulary();

    public PlaceRecognizer(Gazetteer gazetteer) {
        this(gazetteer, Set.of());
    }

    /** @param calendarWords month and weekday names and parts of the day in matching form: capitalised or not, never places */
    public PlaceRecognizer(Gazetteer gazetteer, Set<String> calendarWords) {
        this(gazetteer, calendarWords, PlaceScorer.load());
    }

    public PlaceRecognizer(Gazetteer gazetteer, Set<String> calendarWords, PlaceScorer scorer) {
        this.gazetteer = gazetteer;
        this.calendarWords = calendarWords;
        this.scorer = scorer;
        for (String[] row : TsvResource.rows("lexicon/geo-stopwords.tsv", 2)) {
            stopwords.computeIfAbsent(row[0], k -> new HashSet<>()).add(PlaceIndexFormat.key(row[1]));
        }
        for (String[] row : TsvResource.rows("lexicon/place-cues.tsv", 5)) {
            cuesByLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], row[2]);
            if (row[4].equals("yes")) {
                (row[3].equals("before") ? cuesAfterNameByLanguage : namingCuesByLanguage)
                        .computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], row[2]);
            }
        }
        for (String[] row : TsvResource.rows("lexicon/place-name-parts.tsv", 3)) {
            String word = dev.articleevents.core.language.TextNormalizer.normalize(row[2]);
            (row[1].equals("starter") ? nameStarters : nameSuffixes).add(word);
        }
        for (String[] row : TsvResource.rows("language/stopwords.tsv", 2)) {
            functionWords.add(dev.articleevents.core.language.TextNormalizer.normalize(row[1]));
        }
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
        PlaceEvidence evidence = scan(text, tokens, 0, tokens.size(), language, cueIndex(tokens, 0, tokens.size(), language));
        List<Reading> out = new ArrayList<>();
        for (PlaceCandidate c : evidence.candidates) {
            out.addAll(read(c, evidence));
        }
        return out;
    }

    /** The gazetteer names of the range and what the article says about them. */
    private PlaceEvidence scan(String text, List<Token> tokens, int from, int to, String language, Map<Integer, String> cueBefore) {
        return new PlaceEvidence(text, tokens, language, candidates(tokens, from, to, language, cueBefore), people, speech);
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

    private Map<Integer, String> cueIndex(List<Token> tokens, int from, int to, String language) {
        Map<Integer, String> cueBefore = new HashMap<>();
        for (PhraseLexicon.Match<String> m : cuesByLanguage.getOrDefault(language, new PhraseLexicon<>()).findLongest(tokens, from, to)) {
            cueBefore.put(m.end(), m.value());
        }
        return cueBefore;
    }

    private List<PlaceCandidate> candidates(List<Token> tokens, int from, int to, String language, Map<Integer, String> cueBefore) {
        List<PlaceCandidate> candidates = new ArrayList<>();
        Set<String> stop = stopwords.getOrDefault(language, Set.of());
        int i = from;
        while (i < to) {
            PlaceCandidate c = longestAt(tokens, i, to, language, stop, cueBefore.get(i));
            if (c != null) {
                candidates.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        return candidates;
    }

    /** Places in the token range [from, to) of the article, with the article's country context. */
    public List<PlaceMention> find(String text, List<Token> tokens, int from, int to, String language) {
        return findWithReadings(text, tokens, from, to, language).places();
    }

    /** {@link #find} and the likeliest reading of every gazetteer name, from one scan. */
    public Found findWithReadings(String text, List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> namingCues = namingCuesByLanguage.getOrDefault(language, new PhraseLexicon<>());
        Map<Integer, String> cueBefore = cueIndex(tokens, from, to, language);
        Map<Integer, String> namingCueBefore = new HashMap<>();
        // a valley, a mountain, a plain is named with its word: "جبل الزاوية", "la vallée de Zarafshan"
        Map<Integer, Integer> areaCueStart = new HashMap<>();
        for (PhraseLexicon.Match<String> m : namingCues.findLongest(tokens, from, to)) {
            if (m.end() < to && directlyAfter(text, tokens.get(m.end() - 1).end(), tokens.get(m.end()).start())
                    && !("ar".equals(language) && definite(tokens.get(m.start())))) {
                namingCueBefore.put(m.end(), m.value()); // the name follows the cue directly, no punctuation between
                if ("region".equals(m.value())) {
                    areaCueStart.put(m.end(), m.start());
                }
            }
        }
        if (!"ar".equals(language)) {
            // in Latin script a capitalised word after "near", "à", "in" is a name: a village if no gazetteer knows it
            cueBefore.forEach((end, kind) -> {
                if ((kind.equals("near") || kind.equals("in")) && end < to && !namingCueBefore.containsKey(end)
                        && Character.isUpperCase(tokens.get(end).surface().charAt(0)) && !calendarWords.contains(tokens.get(end).norm())
                        && end > from && !isSentenceStart(tokens, end - 1)) {
                    namingCueBefore.put(end, "settlement-" + kind);
                }
            });
        }
        Set<String> stop = stopwords.getOrDefault(language, Set.of());
        Map<Integer, PhraseLexicon.Match<String>> cueAfterName = namesBeforeCues(tokens, from, to, language, stop);
        PlaceEvidence evidence = scan(text, tokens, from, to, language, cueBefore);
        List<PlaceMention> out = new ArrayList<>();
        List<PlaceMention> likeliest = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (PlaceCandidate c : evidence.candidates) {
            Reading best = likeliest(c, evidence);
            if (best == null) {
                continue;
            }
            PlaceMention m = mention(text, tokens, c.start(), c.end(), best.place(), c.cueKind(), best.probability());
            likeliest.add(m);
            if (accepted(best)) {
                out.add(m);
                for (int k = c.start(); k < c.end(); k++) {
                    covered.add(k);
                }
            }
        }
        for (Map.Entry<Integer, String> cue : namingCueBefore.entrySet()) {
            String kind = cue.getValue();
            if (covered.contains(cue.getKey())) {
                continue;
            }
            int end = unknownNameEnd(tokens, cue.getKey(), to, language, stop);
            if (end > cue.getKey()) {
                out.add(mention(text, tokens, areaCueStart.getOrDefault(cue.getKey(), cue.getKey()), end, null, kind));
                PlaceMention area = enclosingArea(text, tokens, end, to, language);
                if (area != null && !covered.contains(area.start())) {
                    out.add(area);
                }
            }
        }
        cueAfterName.forEach((start, cue) -> {
            if (java.util.stream.IntStream.range(start, cue.start()).noneMatch(covered::contains)) {
                out.add(mention(text, tokens, start, cue.end(), null, cue.value()));
            }
        });
        addRepeats(text, tokens, from, to, out, covered);
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return new Found(out, likeliest);
    }

    /**
     * A name the text has introduced as a place with a cue word ("بلدات الغوطة الشرقية") is a place wherever
     * else the article uses it, cue or not: one sense per article.
     */
    private static void addRepeats(String text, List<Token> tokens, int from, int to, List<PlaceMention> out, Set<Integer> covered) {
        List<PlaceMention> introduced = out.stream().filter(p -> p.place() == null && !p.isNamedByPreposition()).toList();
        // (collected before the repeats are added, so a repeat never introduces another)
        for (PlaceMention p : out) {
            for (int k = p.start(); k < p.end(); k++) {
                covered.add(k);
            }
        }
        if (introduced.isEmpty()) {
            return;
        }
        // Where each form starts a token, built once: scanning every token for every introduced name made
        // long texts quadratic. A name introduced twice in the same words finds nothing new the second
        // time (its first pass covered every repeat), so it is looked up once.
        Map<String, List<Integer>> startsOf = new HashMap<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            startsOf.computeIfAbsent(t.norm(), x -> new ArrayList<>()).add(i);
            for (String v : t.variants()) {
                if (!v.equals(t.norm())) {
                    List<Integer> at = startsOf.computeIfAbsent(v, x -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != i) {
                        at.add(i);
                    }
                }
            }
        }
        Set<String> looked = new HashSet<>();
        for (PlaceMention p : introduced) {
            int length = p.end() - p.start();
            // the name as introduced, without a glued "in" ("بالغوطة الشرقية" introduces الغوطة الشرقية)
            String first = dev.articleevents.core.language.TextNormalizer.normalize(p.surface().split("\\s+")[0]);
            StringBuilder words = new StringBuilder(first);
            for (int k = p.start() + 1; k < p.end(); k++) {
                words.append(' ').append(tokens.get(k).norm());
            }
            if (!looked.add(words.toString())) {
                continue;
            }
            for (int i : startsOf.getOrDefault(first, List.of())) {
                if (i + length > to || covered.contains(i) || covered.contains(i + length - 1) || !sameWords(tokens, p.start(), first, i, length)) {
                    continue;
                }
                PlaceMention again = mention(text, tokens, i, i + length, null, p.isUnknownRegion() ? p.cueKind() : PlaceMention.AGAIN);
                out.add(withoutProclitic(again, tokens.get(i), first));
                for (int k = i; k < i + length; k++) {
                    covered.add(k);
                }
            }
        }
    }

    /** "وكفربطنا" names كفربطنا: the conjunction or preposition glued to the name is not part of it. */
    private static PlaceMention withoutProclitic(PlaceMention p, Token first, String want) {
        String surface = first.surface();
        int glued = ArabicProclitics.table().gluedLettersBeforeName();
        for (int k = 0; k < Math.min(glued + 1, surface.length()); k++) {
            if (dev.articleevents.core.language.TextNormalizer.normalize(surface.substring(k)).equals(want)) {
                return k == 0 ? p : new PlaceMention(p.start(), p.end(), p.charStart() + k, p.charEnd(),
                        p.surface().substring(k), null, p.cueKind());
            }
        }
        return p;
    }

    private static boolean sameWords(List<Token> tokens, int a, String first, int b, int length) {
        for (int k = 0; k < length; k++) {
            String want = k == 0 ? first : tokens.get(a + k).norm();
            Token t = tokens.get(b + k);
            if (!t.norm().equals(want) && !t.variants().contains(want)) {
                return false;
            }
        }
        return true;
    }

    private PlaceCandidate longestAt(List<Token> tokens, int i, int to, String language, Set<String> stop, String cue) {
        boolean latin = !"ar".equals(language);
        if (latin && !Character.isUpperCase(tokens.get(i).surface().charAt(0))) {
            return null;
        }
        int maxWords = Math.min(gazetteer.maxKeyWords(), to - i);
        String best = null;
        String bestFirst = null;
        int bestWords = 0;
        for (String first : placeVariants(tokens.get(i))) {
            // the longest key starting with this form, grown word by word while some key still begins so
            StringBuilder words = new StringBuilder(first);
            for (int n = 1; n <= maxWords; n++) {
                if (n > 1) {
                    words.append(' ').append(tokens.get(i + n - 1).norm());
                }
                String key = words.toString();
                if (!gazetteer.startsSomeKey(key)) {
                    break;
                }
                if (n > bestWords && (n > 1 || key.length() >= 3) && !gazetteer.lookup(key).isEmpty()) {
                    best = key;
                    bestFirst = first;
                    bestWords = n;
                }
            }
        }
        if (best == null) {
            return null;
        }
        String rest = best.substring(bestFirst.length());
        boolean ordinary = stop.contains(best) || stop.contains(tokens.get(i).norm() + rest)
                || bestWords == 1 && (isFunctionWord(tokens.get(i)) || calendarWords.contains(bestFirst)
                || ownWords.contains(language, bestFirst));
        int end = i + bestWords;
        return new PlaceCandidate(i, end, tokens.get(i).start(), tokens.get(end - 1).end(), best, gazetteer.lookup(best), cue,
                gazetteer.isPrimaryKey(best), ordinary);
    }

    /**
     * The forms an Arabic word may have as a place name: itself, without و/ف, without ب/ل (and لل → ال).
     * The article ال is never removed: names that carry it are listed with it ("الرقة"), and a word with ال
     * whose bare form is a town is nearly always an ordinary word (السلطات, السوري). ك ("like") is not a
     * clitic places take. Which forms come off, and when, is the proclitic table's place-name column.
     */
    static List<String> placeVariants(Token t) {
        String s = t.norm();
        if (s.isEmpty() || !dev.articleevents.core.language.TextNormalizer.isArabicLetter(s.charAt(0))) {
            return List.of(s);
        }
        return ArabicProclitics.table().variants(s, ArabicProclitics.Use.PLACE_NAMES);
    }

    /** The name after a naming cue: Latin capitalised words, or one or two Arabic words; never a function word. */
    /**
     * Latin-script names a cue word follows ("the Panjshir valley", "Zaatari camp"): up to three capitalised
     * words right before the cue, none a function word, geo stop word or calendar word; keyed by where the name
     * starts. The name is reported with its cue, as the text names the place.
     */
    private Map<Integer, PhraseLexicon.Match<String>> namesBeforeCues(List<Token> tokens, int from, int to, String language,
                                                                      Set<String> stop) {
        Map<Integer, PhraseLexicon.Match<String>> out = new HashMap<>();
        PhraseLexicon<String> cues = cuesAfterNameByLanguage.get(language);
        if (cues == null || "ar".equals(language)) {
            return out;
        }
        for (PhraseLexicon.Match<String> m : cues.findLongest(tokens, from, to)) {
            int k = m.start();
            while (k > from && m.start() - k < 3 && joinedBySpaceOrHyphen(tokens, k - 1) && capitalisedName(tokens.get(k - 1), stop)) {
                k--;
            }
            if (k < m.start() && Character.isLowerCase(tokens.get(m.start()).surface().charAt(0))) {
                out.put(k, m);
            }
        }
        return out;
    }

    private boolean capitalisedName(Token t, Set<String> stop) {
        return Character.isUpperCase(t.surface().charAt(0)) && !t.isNumber() && !isFunctionWord(t)
                && !stop.contains(t.norm()) && !calendarWords.contains(t.norm());
    }

    private int unknownNameEnd(List<Token> tokens, int start, int to, String language, Set<String> stop) {
        if (start >= to) {
            return start;
        }
        Token first = tokens.get(start);
        if (first.isNumber() || isFunctionWord(first) || stop.contains(first.norm())) {
            return start;
        }
        if (!"ar".equals(language)) {
            int k = start;
            while (k < to && (k == start || joinedBySpaceOrHyphen(tokens, k - 1))
                    && (Character.isUpperCase(tokens.get(k).surface().charAt(0)) && !isFunctionWord(tokens.get(k))
                    || (k > start && k + 1 < to && LATIN_CONNECTORS.contains(tokens.get(k).norm())
                    && Character.isUpperCase(tokens.get(k + 1).surface().charAt(0))))) {
                k++;
            }
            return Math.min(k, start + 4);
        }
        int end = start + 1;
        if (end < to && adjacentWithoutPunctuation(tokens, start) && !isFunctionWord(tokens.get(end))
                && (nameStarters.contains(first.norm())
                || (ARABIC.withoutArticle(tokens.get(end).norm()) != null && !ARABIC.writtenWithArticle(first.norm())))) {
            end++;
        }
        if (end < to && adjacentWithoutPunctuation(tokens, end - 1) && nameSuffixes.contains(tokens.get(end).norm())) {
            end++; // الغوطة الشرقية
        }
        return end;
    }

    /**
     * "بلدة حمورية بالغوطة الشرقية", "قرية X في الريف الغربي": the area a cue-named village lies in, when it is
     * named by a definite word and a direction adjective (the pattern of Arabic area names no gazetteer of
     * towns holds). A region the text has thus introduced is a place wherever else the article names it.
     */
    private PlaceMention enclosingArea(String text, List<Token> tokens, int i, int to, String language) {
        if (!"ar".equals(language) || i + 1 >= to || !adjacentWithoutPunctuation(tokens, i - 1)) {
            return null;
        }
        int start = i;
        String head = tokens.get(i).norm();
        if (head.equals("في")) {
            if (i + 2 >= to || !adjacentWithoutPunctuation(tokens, i)) {
                return null;
            }
            start = i + 1;
            head = tokens.get(start).norm();
        } else if (head.startsWith("بال")) {
            head = head.substring(1); // the glued "in" is not part of the name
        } else {
            return null;
        }
        int suffix = start + 1;
        if (!head.startsWith("ال") || head.length() < 5 || isFunctionWord(tokens.get(start)) || suffix >= to
                || !adjacentWithoutPunctuation(tokens, start) || !nameSuffixes.contains(tokens.get(suffix).norm())) {
            return null;
        }
        return withoutProclitic(mention(text, tokens, start, suffix + 1, null, "region"), tokens.get(start), head);
    }

    /** Nothing but a space, or a quotation mark ("منطقة "باركان" الصناعية"), between a cue and the name after it. */
    private static boolean directlyAfter(String text, int cueEnd, int nameStart) {
        String between = text.substring(cueEnd, nameStart);
        return between.length() <= 1 || between.strip().length() == 1 && "\"«“".indexOf(between.strip().charAt(0)) >= 0;
    }

    /**
     * "المنطقة المحاصرة", "البلدة القديمة": after a place word with the article, the next word is an adjective
     * agreeing with it, not a name (a name follows the bare word: "منطقة الدرين", "بلدة حمورية").
     */
    private static boolean definite(Token cue) {
        return ArabicProclitics.table().definite(cue.norm());
    }

    /** "Sévaré (Mopti)" is two names: the words of one are separated by one character (a space, a hyphen). */
    private static boolean joinedBySpaceOrHyphen(List<Token> tokens, int i) {
        return tokens.get(i + 1).start() - tokens.get(i).end() <= 1;
    }

    private static boolean isSentenceStart(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i).start() - tokens.get(i - 1).end() > 1;
    }

    private boolean isFunctionWord(Token t) {
        for (String v : t.variants()) {
            if (functionWords.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacentWithoutPunctuation(List<Token> tokens, int i) {
        return tokens.get(i + 1).start() - tokens.get(i).end() == 1;
    }

    private static PlaceMention mention(String text, List<Token> tokens, int start, int end, Place place, String cueKind) {
        return mention(text, tokens, start, end, place, cueKind, null);
    }

    private static PlaceMention mention(String text, List<Token> tokens, int start, int end, Place place, String cueKind, Double probability) {
        int cs = tokens.get(start).start();
        int ce = tokens.get(end - 1).end();
        return new PlaceMention(start, end, cs, ce, text.substring(cs, ce), place, cueKind, probability);
    }
}
