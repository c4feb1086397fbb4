package dev.articleevents.core.lexicon;

import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.resource.Lexicons;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word patterns over tokens, each carrying a value. A pattern is written as in the lexicon files:
 * space-separated words, a word ending in '*' matches by prefix, '_' matches any one word. Words are
 * compared in their matching form (see {@link TextNormalizer}); an Arabic text word also matches through
 * its proclitic-free variants, so "وبنغازي" matches "بنغازي".
 *
 * <p>Phrases are tokenised on the lexicon's first use, not when they are added: most lexicons are built per
 * language, and an article only ever uses its own language's, so a start-up no longer normalises the phrases of
 * the two languages the first article is not in (thread-safe: the first use compiles under the lexicon's lock).
 */
public final class PhraseLexicon<T> {
    private static final PhraseLexicon<Object> NONE = new PhraseLexicon<>();
    /** Phrases added and not yet compiled, in their order; null once compiled. */
    private List<Added<T>> added = new ArrayList<>();
    private volatile boolean compiled;
    private final Map<String, List<Pattern<T>>> byFirstWord = new HashMap<>();
    /**
     * One bit per hash class of the first words: most words start no pattern, and this small table (in cache,
     * reached through the word's cached hash) says so before the map is probed.
     */
    private final long[] firstWordHashes = new long[128];
    private final PrefixTrie<Pattern<T>> byFirstPrefix = new PrefixTrie<>(java.util.Comparator.comparingInt(Pattern::order));
    private int size;

    private record Added<T>(String phrase, T value) {
    }

    /** {@code order}: when it was added; matches through one word keep the lexicon file's order. */
    private record Pattern<T>(String[] words, boolean[] prefix, T value, String source, int order) {
        int length() {
            return words.length;
        }
    }

    /**
     * The lexicon of no phrases, one for all: what a reader takes for a language its file does not list. A map's
     * getOrDefault(language, new PhraseLexicon&lt;&gt;()) built one on every call (its tables are allocated up front).
     */
    @SuppressWarnings("unchecked")
    public static <T> PhraseLexicon<T> none() {
        return (PhraseLexicon<T>) NONE;
    }

    /** A match of a pattern over tokens [start, end) (token indexes in the list given to find). */
    public record Match<T>(int start, int end, T value, String pattern) {
        public int length() {
            return end - start;
        }
    }

    public int size() {
        ensureCompiled();
        return size;
    }

    /**
     * One lexicon per language from a TSV resource whose first column is the language and second the phrase;
     * {@code value} gives each row's value.
     */
    public static <T> Map<String, PhraseLexicon<T>> perLanguage(String resource, int columns, java.util.function.Function<String[], T> value) {
        Map<String, PhraseLexicon<T>> out = new HashMap<>();
        for (String[] row : Lexicons.rows(resource, columns)) {
            out.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], value.apply(row));
        }
        return out;
    }

    /**
     * The words of a phrase as the lexicon files write it, separated by white space (a loop, not a regular
     * expression: {@code String.split("\\s+")} compiles its pattern on every call, once per phrase of every lexicon).
     */
    public static List<String> wordsOf(String phrase) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= phrase.length(); i++) {
            boolean space = i == phrase.length() || isSpace(phrase.charAt(i));
            if (space && start >= 0) {
                out.add(phrase.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public void add(String phrase, T value) {
        if (this == NONE) {
            throw new UnsupportedOperationException("the shared lexicon of no phrases takes none: " + phrase);
        }
        // refused now, not at first use, where it would fail an article instead of the lexicon's load
        String first = wordsOf(phrase).get(0);
        if (first.endsWith("*") && first.length() < 3) {
            throw new IllegalArgumentException("a word beginning needs two letters or more: " + phrase);
        }
        synchronized (this) {
            if (added == null) {
                throw new IllegalStateException("a lexicon takes no phrase after its first use: " + phrase);
            }
            added.add(new Added<>(phrase, value));
        }
    }

    private void ensureCompiled() {
        if (!compiled) {
            synchronized (this) {
                if (!compiled) {
                    for (Added<T> a : added) {
                        compile(a.phrase(), a.value());
                    }
                    added = null;
                    compiled = true;
                }
            }
        }
    }

    private void compile(String phrase, T value) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String piece : wordsOf(phrase)) {
            if (piece.equals("_")) {
                words.add("_");
                prefix.add(false);
                continue;
            }
            boolean isPrefix = piece.endsWith("*");
            List<Token> tokens = Tokenizer.tokenize(isPrefix ? piece.substring(0, piece.length() - 1) : piece);
            for (int i = 0; i < tokens.size(); i++) {
                words.add(tokens.get(i).norm());
                prefix.add(isPrefix && i == tokens.size() - 1);
            }
        }
        if (words.isEmpty() || words.get(0).equals("_")) {
            return;
        }
        boolean[] p = new boolean[prefix.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = prefix.get(i);
        }
        Pattern<T> pattern = new Pattern<>(words.toArray(String[]::new), p, value, phrase, size);
        String first = words.get(0);
        if (p[0]) {
            if (first.length() < 2) {
                throw new IllegalArgumentException("a word beginning needs two letters or more: " + phrase);
            }
            byFirstPrefix.add(first, pattern);
        } else {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(pattern);
            int h = first.hashCode();
            firstWordHashes[(h >>> 6) & 127] |= 1L << h;
        }
        size++;
    }

    /** Every match starting in [from, to) and ending at or before to. */
    public List<Match<T>> findAll(List<Token> tokens, int from, int to) {
        ensureCompiled();
        List<Match<T>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            matchesAt(tokens, i, to, out);
        }
        return out;
    }

    /** The matches starting at token {@code i} and ending at or before {@code to}. */
    public List<Match<T>> startingAt(List<Token> tokens, int i, int to) {
        ensureCompiled();
        List<Match<T>> out = new ArrayList<>();
        if (i < to) {
            matchesAt(tokens, i, to, out);
        }
        return out;
    }

    /** The longest matches, left to right, without overlap. */
    public List<Match<T>> findLongest(List<Token> tokens, int from, int to) {
        ensureCompiled();
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        List<Match<T>> here = new ArrayList<>();
        while (i < to) {
            here.clear();
            matchesAt(tokens, i, to, here);
            Match<T> best = null;
            for (Match<T> m : here) {
                if (best == null || m.length() > best.length()) {
                    best = m;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private void matchesAt(List<Token> tokens, int i, int to, List<Match<T>> out) {
        Token first = tokens.get(i);
        for (String variant : first.variants()) {
            int h = variant.hashCode();
            List<Pattern<T>> exact = (firstWordHashes[(h >>> 6) & 127] & (1L << h)) == 0 ? null : byFirstWord.get(variant);
            if (exact != null) {
                for (Pattern<T> p : exact) {
                    tryPattern(tokens, i, to, p, variant, out);
                }
            }
            List<Pattern<T>> prefixed = byFirstPrefix.valuesForPrefixesOf(variant);
            for (int k = 0; k < prefixed.size(); k++) { // by index: no iterator per word and lexicon
                tryPattern(tokens, i, to, prefixed.get(k), variant, out);
            }
        }
    }

    private void tryPattern(List<Token> tokens, int i, int to, Pattern<T> p, String firstVariant, List<Match<T>> out) {
        if (i + p.length() > to) {
            return;
        }
        for (int k = 1; k < p.length(); k++) {
            String w = p.words()[k];
            Token t = tokens.get(i + k);
            boolean ok = w.equals("_") || (p.prefix()[k] ? t.matchesPrefix(w) : t.matches(w));
            if (!ok) {
                return;
            }
        }
        for (Match<T> m : out) {
            if (m.start() == i && m.end() == i + p.length() && m.value().equals(p.value())) {
                return; // the same match through another variant of the first word
            }
        }
        out.add(new Match<>(i, i + p.length(), p.value(), p.source()));
    }
}
