package dev.articleevents.core.extract;

import dev.articleevents.core.language.Joiners;
import dev.articleevents.core.language.LanguageProfile;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts in digits (Western, Eastern Arabic, Persian) and in words ("ثلاثة وعشرون", "twenty-three",
 * "vingt-trois", "quatre-vingts"), vague counts and the bound words before them (lexicon/numbers.tsv).
 * Number words match on the word itself or after a glued conjunction only (language/joiners.tsv): stripping ال would turn الاثنين
 * (Monday) into "two".
 */
public final class NumberReader {
    private final Map<String, Map<String, Integer>> wordsByLanguage = new HashMap<>();
    /** Nouns that count two people by their own form (Arabic duals: "جنديان"), per language. */
    private final Map<String, java.util.Set<String>> dualsByLanguage = new HashMap<>();
    private final Map<String, PhraseLexicon<String>> vagueByLanguage = new HashMap<>();
    private final Map<String, PhraseLexicon<String>> boundsByLanguage = new HashMap<>();
    /** Words that multiply the digits before them ("20 ألف", "2.6 million"), per language. */
    private final Map<String, Map<String, Integer>> scalesByLanguage = new HashMap<>();
    /** Above this a number in digits is an amount or a population, not a count of people. */
    private static final int MOST_PEOPLE = 1_000_000;
    /** The decimal marks of every language (language/profile.tsv: the point, "٫"): read as the point, so "2٫5" is 2.5. */
    private final String decimalMarks = LanguageProfile.anyLanguage().marks().decimals();

    public NumberReader() {
        for (String[] row : TsvResource.rows("lexicon/numbers.tsv", 4)) {
            String kind = row[3];
            Map<String, Integer> words = wordsByLanguage.computeIfAbsent(row[0], k -> new HashMap<>());
            PhraseLexicon<String> vague = vagueByLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>());
            PhraseLexicon<String> bounds = boundsByLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>());
            switch (kind) {
                case "exact" -> {
                    if (!row[2].isEmpty()) {
                        words.put(dev.articleevents.core.language.TextNormalizer.normalize(row[1]), Integer.parseInt(row[2]));
                    }
                }
                case "vague" -> vague.add(row[1], "vague");
                case "lower-bound-prefix" -> bounds.add(row[1], "lower-bound");
                case "approx-prefix" -> bounds.add(row[1], "approx");
                case "upper-bound-prefix" -> bounds.add(row[1], "upper-bound");
                case "scale" -> scalesByLanguage.computeIfAbsent(row[0], k -> new HashMap<>())
                        .put(dev.articleevents.core.language.TextNormalizer.normalize(row[1]), Integer.parseInt(row[2]));
                case "dual" -> dualsByLanguage.computeIfAbsent(row[0], k -> new java.util.HashSet<>())
                        .add(dev.articleevents.core.language.TextNormalizer.normalize(row[1]));
                default -> { /* unknown kinds are ignored, the file may grow */ }
            }
        }
    }

    /** Every count in [from, to), left to right. */
    public List<Count> read(List<Token> tokens, int from, int to, String language) {
        Map<String, Integer> words = wordsByLanguage.getOrDefault(language, Map.of());
        java.util.Set<String> duals = dualsByLanguage.getOrDefault(language, java.util.Set.of());
        PhraseLexicon<String> vague = vagueByLanguage.getOrDefault(language, PhraseLexicon.none());
        PhraseLexicon<String> bounds = boundsByLanguage.getOrDefault(language, PhraseLexicon.none());
        Map<String, Integer> scales = scalesByLanguage.getOrDefault(language, Map.of());
        List<Count> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Count scaled = scaledDigits(tokens, i, to, scales);
            if (scaled != null) {
                if (scaled.value() != null) {
                    out.add(withBound(tokens, from, scaled, bounds));
                }
                i = scaled.end();
                continue;
            }
            // "جنديان", "والجنديين": a dual person noun, behind a conjunction or the article (the token's proclitic-free forms)
            Count c = tokens.get(i).anyFormIn(duals) ? new Count(2, "exact", i, i + 1) : readAt(tokens, i, to, words, vague);
            if (c != null) {
                out.add(withBound(tokens, from, c, bounds));
                i = c.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Count readAt(List<Token> tokens, int i, int to, Map<String, Integer> words, PhraseLexicon<String> vague) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return inDigits(t, i);
        }
        for (PhraseLexicon.Match<String> m : vague.findAll(tokens, i, Math.min(to, i + 4))) {
            if (m.start() == i) {
                return new Count(null, "vague", i, m.end());
            }
        }
        Integer first = wordValue(t, words);
        if (first == null) {
            return null;
        }
        int total = 0;
        int current = 0;
        int previous = -1;
        int end = i;
        int k = i;
        while (k < to) {
            Integer v = wordValue(tokens.get(k), words);
            if (v == null) {
                if (k + 1 < to && Joiners.isAnd(tokens.get(k).norm()) && wordValue(tokens.get(k + 1), words) != null) {
                    k++;
                    continue;
                }
                break;
            }
            Integer pair = k > i ? words.get(tokens.get(k - 1).norm() + " " + tokens.get(k).norm()) : null;
            if (pair != null && previous >= 0) {
                // "une trentaine", "un millier": a two-word number of its own (30), not one plus thirty
                current += pair - previous;
                previous = pair;
                end = k + 1;
                k++;
                continue;
            }
            if (v == 1000 || v == 1_000_000) {
                total += Math.max(current, 1) * v;
                current = 0;
            } else if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else if (v == 20 && tokens.get(k).norm().startsWith("vingt") && previous >= 2 && previous <= 9 && current == previous) {
                current = previous * 20; // quatre-vingt(s)
            } else {
                current += v;
            }
            previous = v;
            end = k + 1;
            k++;
        }
        return new Count(total + current, "exact", i, end);
    }

    /** A number written in digits, with a decimal part cut off; none above a million (an amount, not people). */
    private Count inDigits(Token t, int i) {
        Double v = digitsValue(t);
        return v == null || v > MOST_PEOPLE ? null : new Count(v.intValue(), "exact", i, i + 1);
    }

    /**
     * Digits and the scale word right after them, read as one number ("20 ألف قتيل" is 20 000, not 20 and 1 000;
     * "2.6 million" is not 2): null when token {@code i} is not such a pair; a count without a value when the product
     * is above a million (an amount or a population, no count of people), so that neither word is read alone.
     */
    private Count scaledDigits(List<Token> tokens, int i, int to, Map<String, Integer> scales) {
        if (i + 1 >= to || !tokens.get(i).isNumber()) {
            return null;
        }
        Integer scale = scales.get(tokens.get(i + 1).norm());
        Double v = scale == null ? null : digitsValue(tokens.get(i));
        if (v == null) {
            return null;
        }
        double product = v * scale;
        boolean amount = product > MOST_PEOPLE;
        return new Count(amount ? null : (int) Math.round(product), amount ? "amount" : "exact", i, i + 2);
    }

    private Double digitsValue(Token t) {
        String digits = t.norm();
        for (int k = 0; k < decimalMarks.length(); k++) {
            digits = digits.replace(decimalMarks.charAt(k), '.');
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer wordValue(Token t, Map<String, Integer> words) {
        Integer v = words.get(t.norm());
        String behind = v == null && t.norm().length() > 2 ? Joiners.withoutConjunction(t.norm()) : null;
        return behind != null ? words.get(behind) : v;
    }

    /** "at least 12", "أكثر من 30": the bound words just before the count. Arabic "على الأقل" may follow. */
    private static Count withBound(List<Token> tokens, int from, Count c, PhraseLexicon<String> bounds) {
        for (int len = 4; len >= 1; len--) {
            int s = c.start() - len;
            if (s < from) {
                continue;
            }
            for (PhraseLexicon.Match<String> m : bounds.findAll(tokens, s, c.start())) {
                if (m.start() == s && m.end() == c.start()) {
                    return new Count(c.value(), c.value() == null ? "vague" : m.value(), s, c.end());
                }
            }
        }
        return c;
    }
}
