package dev.articleevents.core.geo;

import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer names of a passage, left to right: at each word the longest name that starts there, matched on
 * the word's place-name forms (Arabic proclitics off), each a {@link PlaceCandidate} with all its readings.
 */
final class NameMatcher {
    /** A one-word name shorter than this is never matched: too many are ordinary words or initials. */
    private static final int MIN_ONE_WORD_NAME = 3;
    private final Gazetteer gazetteer;
    private final PlaceWords words;

    NameMatcher(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    /** @param cueBefore the kind of the place cue ending at each token position */
    List<PlaceCandidate> candidates(Passage p, Map<Integer, String> cueBefore) {
        List<PlaceCandidate> candidates = new ArrayList<>();
        int i = p.from();
        while (i < p.to()) {
            PlaceCandidate c = longestAt(p, i, cueBefore.get(i));
            if (c != null) {
                candidates.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        return candidates;
    }

    /** The key, its first word's form and its length in words of the longest name starting at a token. */
    private record Longest(String key, String first, int words) {
    }

    private PlaceCandidate longestAt(Passage p, int i, String cue) {
        if (!p.arabic() && !Passage.capitalised(p.token(i))) {
            return null;
        }
        Longest best = longestKey(p, i);
        if (best == null || words.isWorldRegion(p.language(), best.key())
                || best.words() == 1 && words.isCalendarWord(best.first())) {
            return null; // "مساء الأحد" is Sunday evening, never the village of Al Aḩad
        }
        Set<String> stop = words.stopwords(p.language());
        String rest = best.key().substring(best.first().length());
        boolean ordinary = stop.contains(best.key()) || stop.contains(p.token(i).norm() + rest)
                || best.words() == 1 && (words.isFunctionWord(p.token(i)) || words.isOwnWord(p.language(), best.first()));
        int end = i + best.words();
        return new PlaceCandidate(i, end, p.token(i).start(), p.token(end - 1).end(), best.key(), gazetteer.lookup(best.key()), cue,
                new PlaceCandidate.Listing(gazetteer.isPrimaryKey(best.key()), ordinary));
    }

    private Longest longestKey(Passage p, int i) {
        int maxWords = Math.min(gazetteer.maxKeyWords(), p.to() - i);
        Longest best = null;
        for (String first : placeVariants(p.token(i))) {
            // the longest key starting with this form, grown word by word while some key still begins so
            StringBuilder key = new StringBuilder(first);
            for (int n = 1; n <= maxWords; n++) {
                if (n > 1) {
                    key.append(' ').append(p.token(i + n - 1).norm());
                }
                String k = key.toString();
                if (!gazetteer.startsSomeKey(k)) {
                    break;
                }
                if (n > (best == null ? 0 : best.words()) && (n > 1 || k.length() >= MIN_ONE_WORD_NAME) && !gazetteer.lookup(k).isEmpty()) {
                    best = new Longest(k, first, n);
                }
            }
        }
        return best;
    }

    /**
     * The forms an Arabic word may have as a place name: itself, without و/ف, without ب/ل (and لل → ال).
     * The article ال is never removed: names that carry it are listed with it ("الرقة"), and a word with ال
     * whose bare form is a town is nearly always an ordinary word (السلطات, السوري). ك ("like") is not a
     * clitic places take. Which forms come off, and when, is the proclitic table's place-name column.
     */
    static List<String> placeVariants(Token t) {
        String s = t.norm();
        if (s.isEmpty() || !TextNormalizer.isArabicLetter(s.charAt(0))) {
            return t.variants(); // only the word itself, in the list class every token's forms have
        }
        return ArabicProclitics.table().variants(s, ArabicProclitics.Use.PLACE_NAMES);
    }
}
