package dev.articleevents.core.language;

import dev.articleevents.core.resource.Lexicons;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the engine knows of one language's writing, from the language files: its function words
 * ({@code language/stopwords.tsv}), the word "and", the abbreviations a full stop does not end and its marks
 * ({@code language/profile.tsv}). Arabic's proclitics are {@link ArabicProclitics}. Text read before its language is
 * known (lines, sentences, tokens) uses {@link #anyLanguage()}, every language's facts together.
 */
public record LanguageProfile(String language, Set<String> functionWords, Set<String> abbreviations,
                              Marks marks) {
    /** Marks as strings of characters, each a set to test with {@code indexOf}. */
    public record Marks(String sentenceEnds, String introducing, String closing, String opening, String digitGroups,
                        String decimals) {
        public boolean endsSentence(char c) {
            return sentenceEnds.indexOf(c) >= 0;
        }

        public boolean closes(char c) {
            return closing.indexOf(c) >= 0;
        }

        public boolean opens(char c) {
            return opening.indexOf(c) >= 0;
        }

        /** A mark that may stand between two digits of one number. */
        public boolean insideNumber(char c) {
            return digitGroups.indexOf(c) >= 0 || decimals.indexOf(c) >= 0;
        }
    }

    private static final String ANY = "*";
    private static final Map<String, LanguageProfile> PROFILES = load();

    public static LanguageProfile of(String language) {
        LanguageProfile p = PROFILES.get(language);
        return p != null ? p : PROFILES.get(ANY);
    }

    public static LanguageProfile anyLanguage() {
        return PROFILES.get(ANY);
    }

    /** The profile of every language named in the files, and "*" holding all of them together. */
    private static Map<String, Builder> builders() {
        Map<String, Builder> by = new HashMap<>();
        for (String[] row : Lexicons.rows("language/stopwords.tsv", 2)) {
            by.computeIfAbsent(row[0], Builder::new).functionWords.add(TextNormalizer.normalize(row[1]));
        }
        for (String[] row : Lexicons.rows("language/profile.tsv", 3)) {
            by.computeIfAbsent(row[0], Builder::new).add(row[1], row[2]);
        }
        return by;
    }

    private static Map<String, LanguageProfile> load() {
        Map<String, Builder> by = builders();
        Builder common = by.computeIfAbsent(ANY, Builder::new);
        Builder all = new Builder(ANY);
        Map<String, LanguageProfile> out = new HashMap<>();
        by.forEach((language, b) -> {
            all.addAll(b);
            if (!language.equals(ANY)) {
                out.put(language, b.with(common).build());
            }
        });
        out.put(ANY, all.build());
        return Map.copyOf(out);
    }

    private static final class Builder {
        final String language;
        final Set<String> functionWords = new HashSet<>();
        final Set<String> abbreviations = new HashSet<>();
        final Map<String, StringBuilder> marks = new HashMap<>();

        Builder(String language) {
            this.language = language;
        }

        void add(String fact, String value) {
            switch (fact) {
                case "abbreviation" -> abbreviations.add(value);
                case "sentence-end", "introducing", "closing", "opening", "digit-group", "decimal" ->
                        marks.computeIfAbsent(fact, k -> new StringBuilder()).append(value);
                default -> throw new IllegalStateException("language/profile.tsv: unknown fact " + fact);
            }
        }

        void addAll(Builder other) {
            functionWords.addAll(other.functionWords);
            abbreviations.addAll(other.abbreviations);
            other.marks.forEach((fact, chars) -> marks.computeIfAbsent(fact, k -> new StringBuilder()).append(chars));
        }

        /** This language's facts and those written for every language. */
        Builder with(Builder common) {
            Builder b = new Builder(language);
            b.addAll(this);
            b.addAll(common);
            return b;
        }

        LanguageProfile build() {
            return new LanguageProfile(language, Set.copyOf(functionWords), Set.copyOf(abbreviations),
                    new Marks(mark("sentence-end"), mark("introducing"), mark("closing"), mark("opening"), mark("digit-group"),
                            mark("decimal")));
        }

        private String mark(String fact) {
            return marks.getOrDefault(fact, new StringBuilder()).toString();
        }
    }
}
