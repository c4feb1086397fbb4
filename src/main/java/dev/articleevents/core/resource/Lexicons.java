package dev.articleevents.core.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of the engine's word files (lexicon/, language/): each is read from the classpath once per
 * process however many readers ask for it, and the registry knows which of them make up the engine's own
 * vocabulary ({@code lexicon/own-vocabulary.tsv}). Thread-safe; rows are shared, so readers never change them.
 */
public final class Lexicons {
    private static final String OWN_VOCABULARY = "lexicon/own-vocabulary.tsv";
    private static final Map<String, List<String[]>> READ = new ConcurrentHashMap<>();

    private Lexicons() {
    }

    /** A lexicon file and the column that holds its phrases (the first column is the language). */
    public record PhraseColumn(String resource, int column) {
    }

    /** The rows of a word file, each with at least {@code minColumns} columns (a shorter row is an error). */
    public static List<String[]> rows(String resource, int minColumns) {
        List<String[]> rows = READ.computeIfAbsent(resource, r -> List.copyOf(TsvResource.rows(r, 0)));
        for (String[] row : rows) {
            if (row.length < minColumns) {
                throw new IllegalStateException(resource + ": expected " + minColumns + " tab-separated columns, found "
                        + row.length + " in " + String.join("\t", row));
            }
        }
        return rows;
    }

    /** The lexicons whose phrases the engine reads as ordinary words. */
    public static List<PhraseColumn> ownVocabulary() {
        return rows(OWN_VOCABULARY, 2).stream().map(r -> new PhraseColumn(r[0], Integer.parseInt(r[1]))).toList();
    }
}
