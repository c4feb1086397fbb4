package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.TokenIndex;

import java.util.ArrayList;
import java.util.List;

/** How the sentence side picks among the places a sentence names: those within it, the one an event word governs, the best one. */
final class SentencePlaces {
    private SentencePlaces() {
    }

    /**
     * The places lying wholly within tokens [from, to), from the article's places sorted by start: a binary
     * search, since filtering every place for every sentence made long articles quadratic.
     */
    static List<PlaceMention> within(List<PlaceMention> sortedPlaces, int from, int to) {
        int first = TokenIndex.firstAtOrAfter(sortedPlaces, PlaceMention::start, from);
        List<PlaceMention> out = new ArrayList<>();
        for (int i = first; i < sortedPlaces.size() && sortedPlaces.get(i).start() < to; i++) {
            if (sortedPlaces.get(i).end() <= to) {
                out.add(sortedPlaces.get(i));
            }
        }
        return out;
    }

    /** The place a place word puts right after the event word ("غارات على X", "strikes on X"), or null. */
    static PlaceMention governed(List<PlaceMention> places, Trigger t) {
        for (PlaceMention p : places) {
            if (!p.isSublocation() && governs(t, p)) {
                return p;
            }
        }
        return null;
    }

    /** Whether {@code p} follows the event word within three words, after a place word. */
    private static boolean governs(Trigger t, PlaceMention p) {
        return p.start() >= t.end() && p.start() - t.end() <= 3 && p.cueKind() != null;
    }

    /**
     * The most specific place of the sentence, nearest the trigger when several are equally specific.
     * With {@code sublocation}, the district or front line instead.
     */
    static PlaceMention best(List<PlaceMention> places, Trigger t, boolean sublocation) {
        PlaceMention best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PlaceMention p : places) {
            if (p.isSublocation() != sublocation) {
                continue;
            }
            int distance = t == null ? 0 : p.start() >= t.end() ? p.start() - t.end() : (t.start() - p.end()) + 2;
            // the place right after the event word ("rockets on eastern Syria") is its target, whatever else follows
            // ("strikes carried out by the United States" names no target: the place must follow a place word)
            boolean governed = t != null && governs(t, p);
            // a place after a place word ("in Somalia") beats a bare name ("U.S. airstrike") of the same rank
            double score = p.specificity() * 10 - distance * 0.5 + (governed ? 25 : 0) + (p.cueKind() != null ? 3 : 0)
                    - (!governed && isLandmark(places, p) ? 12 : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** "Hilla, 100 km south of Baghdad", "بلدة X قرب Y": a place after a distance or direction word that follows another place locates it. */
    static boolean isLandmark(List<PlaceMention> places, PlaceMention p) {
        if (!"near".equals(p.cueKind()) && !"direction".equals(p.cueKind())) {
            return false;
        }
        for (PlaceMention q : places) {
            if (q != p && q.end() <= p.start() && p.start() - q.end() <= 8 && q.specificity() >= p.specificity()) {
                return true;
            }
        }
        return false;
    }

    /** The first of the candidates that is a town or region of {@code country}, or null. */
    static PlaceMention cityIn(String country, PlaceMention... candidates) {
        for (PlaceMention c : candidates) {
            if (c != null && c.place() != null && c.specificity() >= 2 && country.equals(c.place().country())) {
                return c;
            }
        }
        return null;
    }

    /** "PARIS —", "BEIRUT (Reuters) -": an all-capitals name opening the sentence names where the reporter is. */
    static boolean isDateline(PlaceMention p, int sentenceFrom) {
        return p.start() == sentenceFrom && p.surface().length() > 2 && p.surface().equals(p.surface().toUpperCase(java.util.Locale.ROOT))
                && !p.surface().equals(p.surface().toLowerCase(java.util.Locale.ROOT));
    }
}
