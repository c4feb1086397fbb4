package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.lexicon.TsvResource;

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
    private static final Set<String> ARABIC_NAME_STARTERS = Set.of("عين", "دير", "تل", "كفر", "بئر", "جسر", "ابو", "ام",
            "بني", "خان", "راس", "بيت", "سيدي", "ذي", "قصر", "مركز", "جبل", "وادي", "باب", "حي", "مخيم", "قصور", "منطقه");
    private static final Set<String> LATIN_CONNECTORS = Set.of("al", "el", "de", "du", "des", "la", "le", "ad", "as", "ash", "ar", "an", "az", "bin", "ibn", "abu", "of");
    private final Gazetteer gazetteer;
    private final Map<String, Set<String>> stopwords = new HashMap<>();
    private final PhraseLexicon<String> cues = new PhraseLexicon<>();
    private final Set<String> functionWords = new HashSet<>();

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] row : TsvResource.rows("lexicon/geo-stopwords.tsv", 2)) {
            stopwords.computeIfAbsent(row[0], k -> new HashSet<>()).add(PlaceIndexFormat.key(row[1]));
        }
        for (String[] row : TsvResource.rows("lexicon/place-cues.tsv", 3)) {
            cues.add(row[1], row[2]);
        }
        for (String[] row : TsvResource.rows("language/stopwords.tsv", 2)) {
            functionWords.add(dev.articleevents.core.language.TextNormalizer.normalize(row[1]));
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private record Candidate(int start, int end, List<Place> places, String cueKind) {
    }

    /** Places in the token range [from, to) of the article, with the article's country context. */
    public List<PlaceMention> find(String text, List<Token> tokens, int from, int to, String language) {
        Map<Integer, String> cueBefore = new HashMap<>();
        for (PhraseLexicon.Match<String> m : cues.findLongest(tokens, from, to)) {
            cueBefore.put(m.end(), m.value());
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> stop = stopwords.getOrDefault(language, Set.of());
        int i = from;
        while (i < to) {
            Candidate c = longestAt(tokens, i, to, language, stop, cueBefore.get(i));
            if (c != null) {
                candidates.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        Map<String, Integer> context = countryContext(candidates);
        List<PlaceMention> out = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (Candidate c : candidates) {
            Place chosen = choose(c, context);
            if (chosen != null) {
                out.add(mention(text, tokens, c.start(), c.end(), chosen, c.cueKind()));
                for (int k = c.start(); k < c.end(); k++) {
                    covered.add(k);
                }
            }
        }
        for (Map.Entry<Integer, String> cue : cueBefore.entrySet()) {
            String kind = cue.getValue();
            if (!Set.of("settlement", "district", "camp", "frontline").contains(kind) || covered.contains(cue.getKey())) {
                continue;
            }
            int end = unknownNameEnd(tokens, cue.getKey(), to, language);
            if (end > cue.getKey()) {
                out.add(mention(text, tokens, cue.getKey(), end, null, kind));
            }
        }
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    private Candidate longestAt(List<Token> tokens, int i, int to, String language, Set<String> stop, String cue) {
        boolean latin = !"ar".equals(language);
        if (latin && !Character.isUpperCase(tokens.get(i).surface().charAt(0))) {
            return null;
        }
        for (int n = Math.min(gazetteer.maxKeyWords(), to - i); n >= 1; n--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + n; k++) {
                rest.append(' ').append(tokens.get(k).norm());
            }
            for (String first : tokens.get(i).variants()) {
                String key = first + rest;
                if (n == 1 && key.length() < 3) {
                    continue;
                }
                List<Place> places = gazetteer.lookup(key);
                if (places.isEmpty()) {
                    continue;
                }
                if (stop.contains(key) || stop.contains(tokens.get(i).norm() + rest)) {
                    if (!"settlement".equals(cue)) {
                        return null;
                    }
                }
                return new Candidate(i, i + n, places, cue);
            }
        }
        return null;
    }

    /** Countries named outright, and the countries of prominent unambiguous places, weighted by mentions. */
    private static Map<String, Integer> countryContext(List<Candidate> candidates) {
        Map<String, Integer> context = new HashMap<>();
        for (Candidate c : candidates) {
            Set<String> countries = new HashSet<>();
            for (Place p : c.places()) {
                if (p.isCountry() || (p.isProminent() && c.places().size() == 1)) {
                    countries.add(p.country());
                }
            }
            if (countries.size() == 1) {
                context.merge(countries.iterator().next(), 1, Integer::sum);
            }
        }
        return context;
    }

    private static Place choose(Candidate c, Map<String, Integer> context) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place p : c.places()) {
            boolean inContext = context.containsKey(p.country());
            double score = Math.log10(p.population() + 10) + (inContext ? 4 + Math.min(3, context.get(p.country())) : 0)
                    + (p.isCountry() ? 6 : 0) + ("PPLC".equals(p.featureCode()) ? 2 : "PPLA".equals(p.featureCode()) ? 1 : 0)
                    + ("region".equals(p.kind()) ? 0.5 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        boolean supported = best.isCountry() || context.containsKey(best.country())
                || (best.isProminent() && (c.cueKind() != null || c.places().size() == 1))
                || best.population() >= 1_000_000;
        return supported ? best : null;
    }

    /** The name after a settlement/district cue: Latin capitalised words, or one or two Arabic words. */
    private int unknownNameEnd(List<Token> tokens, int start, int to, String language) {
        if (start >= to) {
            return start;
        }
        Token first = tokens.get(start);
        if (first.isNumber() || functionWords.contains(first.norm())) {
            return start;
        }
        if (!"ar".equals(language)) {
            int k = start;
            while (k < to && (Character.isUpperCase(tokens.get(k).surface().charAt(0))
                    || (k > start && k + 1 < to && LATIN_CONNECTORS.contains(tokens.get(k).norm())
                    && Character.isUpperCase(tokens.get(k + 1).surface().charAt(0))))) {
                k++;
            }
            return Math.min(k, start + 4);
        }
        int end = start + 1;
        if (end < to && (ARABIC_NAME_STARTERS.contains(first.norm())
                || (tokens.get(end).norm().startsWith("ال") && !functionWords.contains(tokens.get(end).norm())
                && tokens.get(end).norm().length() > 3 && adjacentWithoutPunctuation(tokens, start)))) {
            end++;
        }
        return end;
    }

    private static boolean adjacentWithoutPunctuation(List<Token> tokens, int i) {
        return tokens.get(i + 1).start() - tokens.get(i).end() == 1;
    }

    private static PlaceMention mention(String text, List<Token> tokens, int start, int end, Place place, String cueKind) {
        int cs = tokens.get(start).start();
        int ce = tokens.get(end - 1).end();
        return new PlaceMention(start, end, cs, ce, text.substring(cs, ce), place, cueKind);
    }
}
