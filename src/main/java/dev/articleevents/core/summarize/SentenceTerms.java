package dev.articleevents.core.summarize;

import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.LanguageProfile;
import dev.articleevents.core.resource.Lexicons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Content terms of a sentence for comparing sentences: matching forms without function words, lightly
 * stemmed (Arabic: proclitics and common plural/pronoun suffixes; English and French: plural and verb
 * endings). Crude on purpose: it only has to make "الغارات" and "غارة", "strikes" and "strike" meet.
 */
final class SentenceTerms {
    private static final Set<String> FUNCTION_WORDS = LanguageProfile.anyLanguage().functionWords();
    /** Endings taken off a term, by script, in the order of {@code language/term-suffixes.tsv}. */
    private static final List<String> LATIN_SUFFIXES = suffixes("latin");
    private static final List<String> ARABIC_SUFFIXES = suffixes("ar");

    private SentenceTerms() {
    }

    private static List<String> suffixes(String script) {
        return Lexicons.rows("language/term-suffixes.tsv", 2).stream().filter(r -> r[0].equals(script))
                .map(r -> TextNormalizer.normalize(r[1])).toList();
    }

    static Map<String, Integer> of(List<Token> tokens, int from, int to) {
        Map<String, Integer> terms = new HashMap<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isNumber() || FUNCTION_WORDS.contains(t.norm()) || t.norm().length() < 3) {
                continue;
            }
            terms.merge(stem(t), 1, Integer::sum);
        }
        return terms;
    }

    static String stem(Token t) {
        String s = t.variants().get(t.variants().size() - 1);
        if (s.isEmpty() || !TextNormalizer.isArabicLetter(s.charAt(0))) {
            s = t.norm();
            for (String suffix : LATIN_SUFFIXES) {
                if (s.length() > suffix.length() + 3 && s.endsWith(suffix)) {
                    return s.substring(0, s.length() - suffix.length());
                }
            }
            return s;
        }
        for (String suffix : ARABIC_SUFFIXES) {
            if (s.length() > suffix.length() + 2 && s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** Terms as sorted ids with their counts and the vector's length: cosine by a merge, no map lookups. */
    record Vector(int[] ids, int[] counts, double length) {
        static Vector of(Map<String, Integer> terms, Map<String, Integer> dictionary) {
            int[][] pairs = new int[terms.size()][];
            int k = 0;
            double sum = 0;
            for (Map.Entry<String, Integer> e : terms.entrySet()) {
                pairs[k++] = new int[]{dictionary.computeIfAbsent(e.getKey(), x -> dictionary.size()), e.getValue()};
                sum += e.getValue() * e.getValue();
            }
            java.util.Arrays.sort(pairs, (x, y) -> Integer.compare(x[0], y[0]));
            int[] ids = new int[pairs.length];
            int[] counts = new int[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                ids[i] = pairs[i][0];
                counts[i] = pairs[i][1];
            }
            return new Vector(ids, counts, Math.sqrt(sum));
        }

        void addUnitTo(double[] sum) {
            for (int k = 0; k < ids.length; k++) {
                sum[ids[k]] += counts[k] / length;
            }
        }

        double unitDot(double[] sum) {
            double dot = 0;
            for (int k = 0; k < ids.length; k++) {
                dot += counts[k] * sum[ids[k]];
            }
            return dot / length;
        }

        void clearIn(double[] sum) {
            for (int id : ids) {
                sum[id] = 0;
            }
        }

        double cosine(Vector other) {
            if (length == 0 || other.length == 0) {
                return 0;
            }
            long dot = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < other.ids.length) {
                if (ids[i] == other.ids[j]) {
                    dot += (long) counts[i++] * other.counts[j++];
                } else if (ids[i] < other.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot / (length * other.length);
        }
    }
}
