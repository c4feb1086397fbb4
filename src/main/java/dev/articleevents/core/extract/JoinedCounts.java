package dev.articleevents.core.extract;

import dev.articleevents.core.language.Joiners;
import dev.articleevents.core.language.Token;

import java.util.List;
import java.util.Map;

/**
 * Counts that add up because a conjunction joins them ("neuf supplétifs et quatre soldats", "9 auxiliaries and 4
 * soldiers"), and where a list of them ends: the casualty reader's arithmetic, apart from which word takes which count.
 */
final class JoinedCounts {
    private JoinedCounts() {
    }

    /** Whether a list comma (language/joiners.tsv) stands between the token before {@code from} and the token at {@code to}. */
    static boolean commaBetween(String text, List<Token> tokens, int from, int to) {
        return Joiners.hasComma(text.substring(tokens.get(from - 1).end(), tokens.get(to).start()));
    }

    /** Whether the count at {@code at} is joined to what precedes it by "and": "et quatre", "وخمسة", "and three". */
    static boolean joinedByAnd(List<Token> tokens, int at) {
        String w = tokens.get(at).norm();
        return Joiners.startsWithAnd(w) && w.length() > 2 || at > 0 && Joiners.isAnd(tokens.get(at - 1).norm());
    }

    /** "neuf supplétifs et quatre soldats ont été tués": an earlier count joined by a conjunction adds up too. */
    static Count before(List<Token> tokens, List<Count> counts, java.util.Set<Count> used, Count last, int limit) {
        Count total = last;
        for (int i = counts.size() - 1; i >= 0; i--) {
            Count c = counts.get(i);
            if (c.end() > total.start() || c.start() < limit || c.value() == null || used.contains(c)) {
                continue;
            }
            boolean conjunction = total.start() - c.end() <= 5 && joinedByAnd(tokens, total.start());
            if (!conjunction) {
                break;
            }
            used.add(c);
            total = new Count(total.value() + c.value(), total.kind(), c.start(), total.end());
        }
        return total;
    }

    /** "9 auxiliaries and 4 soldiers": a later count right after a conjunction adds to the first. */
    static Count after(List<Token> tokens, List<Count> counts, java.util.Set<Count> used, Count first, int limit,
                       Map<Integer, String> modifierBefore) {
        Count total = first;
        for (Count c : counts) {
            if (c.start() < total.end() || c.start() >= limit || c.value() == null || used.contains(c)) {
                continue;
            }
            // right after one victim, "one" repeats it ("متظاهر واحد", "رجلا واحدا"): only "and N more" adds
            if (c.start() == total.end() && c.value() == 1) {
                break;
            }
            boolean conjunction = c.start() - total.end() <= 5 && joinedByAnd(tokens, c.start());
            boolean joined = conjunction || "join".equals(modifierBefore.get(c.start()));
            // "three people, including two civilians and one soldier": the "and" continues the subset
            boolean afterSubset = false;
            for (int k = total.end(); k <= c.start(); k++) {
                afterSubset |= "subset-end".equals(modifierBefore.get(k));
            }
            if (!joined || afterSubset) {
                break;
            }
            used.add(c);
            // one victim and a count are an exact sum
            total = new Count(total.value() + c.value(), "single".equals(total.kind()) ? "exact" : total.kind(), total.start(), c.end());
        }
        return total;
    }
}
