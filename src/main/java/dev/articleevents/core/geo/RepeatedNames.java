package dev.articleevents.core.geo;

import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sense per article: a name the text has introduced as a place with a cue word ("بلدات الغوطة الشرقية") is a
 * place wherever else the article uses it, cue or not.
 */
final class RepeatedNames {
    private RepeatedNames() {
    }

    /** Adds the repeats of the cue-introduced names in {@code out}, and marks every mention's tokens covered. */
    static void add(Passage p, List<PlaceMention> out, Set<Integer> covered) {
        List<PlaceMention> introduced = out.stream().filter(m -> m.place() == null && !m.isNamedByPreposition()).toList();
        // (collected before the repeats are added, so a repeat never introduces another)
        for (PlaceMention m : out) {
            cover(covered, m.start(), m.end());
        }
        if (introduced.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> startsOf = startsOfForms(p);
        Set<String> looked = new HashSet<>();
        for (PlaceMention m : introduced) {
            // the name as introduced, without a glued "in" ("بالغوطة الشرقية" introduces الغوطة الشرقية)
            String first = TextNormalizer.normalize(PhraseLexicon.wordsOf(m.surface()).get(0));
            StringBuilder words = new StringBuilder(first);
            for (int k = m.start() + 1; k < m.end(); k++) {
                words.append(' ').append(p.token(k).norm());
            }
            if (looked.add(words.toString())) {
                addRepeatsOf(p, m, first, startsOf.getOrDefault(first, List.of()), out, covered);
            }
        }
    }

    private static void addRepeatsOf(Passage p, PlaceMention m, String first, List<Integer> starts, List<PlaceMention> out,
                                     Set<Integer> covered) {
        int length = m.end() - m.start();
        for (int i : starts) {
            if (i + length > p.to() || covered.contains(i) || covered.contains(i + length - 1) || !sameWords(p.tokens(), m.start(), first, i, length)) {
                continue;
            }
            PlaceMention again = p.mention(i, i + length, null, m.isUnknownRegion() ? m.cueKind() : PlaceMention.AGAIN);
            out.add(again.withoutGluedLetters(p.token(i), first));
            cover(covered, i, i + length);
        }
    }

    /**
     * Where each form starts a token, built once: scanning every token for every introduced name made long texts
     * quadratic. A name introduced twice in the same words finds nothing new the second time (its first pass
     * covered every repeat), so it is looked up once.
     */
    private static Map<String, List<Integer>> startsOfForms(Passage p) {
        Map<String, List<Integer>> startsOf = new HashMap<>();
        for (int i = p.from(); i < p.to(); i++) {
            Token t = p.token(i);
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
        return startsOf;
    }

    private static void cover(Set<Integer> covered, int start, int end) {
        for (int k = start; k < end; k++) {
            covered.add(k);
        }
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
}
