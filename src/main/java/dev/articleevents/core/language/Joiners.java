package dev.articleevents.core.language;

import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and marks that join two words into one phrase or list (language/joiners.tsv): "and" on its own or
 * glued to the next word, other glued conjunctions, list commas, and the "between" that makes "X and Y" one
 * pair. They are matched across languages, as the readers always did: an "and" in a quote joins all the same.
 */
public final class Joiners {
    private static final Joiners ALL = new Joiners();
    private final Set<String> and = new HashSet<>();
    private final List<String> andPrefixes = new ArrayList<>();
    private final List<String> conjunctionPrefixes = new ArrayList<>();
    private final Set<String> commas = new HashSet<>();
    private final Set<String> between = new HashSet<>();

    private Joiners() {
        for (String[] row : TsvResource.rows("language/joiners.tsv", 3)) {
            switch (row[2]) {
                case "and" -> and.add(row[1]);
                case "and-prefix" -> {
                    andPrefixes.add(row[1]);
                    conjunctionPrefixes.add(row[1]);
                }
                case "conjunction-prefix" -> conjunctionPrefixes.add(row[1]);
                case "comma" -> commas.add(row[1]);
                case "between" -> between.add(row[1]);
                default -> throw new IllegalStateException("language/joiners.tsv: unknown kind " + row[2]);
            }
        }
    }

    /** "and", "et", "و" as a word of its own (matching form). */
    public static boolean isAnd(String norm) {
        return ALL.and.contains(norm);
    }

    /** Whether the word begins with a glued "and" ("وسقبا"). */
    public static boolean startsWithAnd(String norm) {
        return ALL.andPrefixes.stream().anyMatch(norm::startsWith);
    }

    /** The word behind a glued conjunction ("وخمسة" → "خمسة", "فخمسة" → "خمسة"), or null when none begins it. */
    public static String withoutConjunction(String norm) {
        for (String p : ALL.conjunctionPrefixes) {
            if (norm.startsWith(p)) {
                return norm.substring(p.length());
            }
        }
        return null;
    }

    /** Whether the text between two list items is a comma of a list. */
    public static boolean isComma(String between) {
        return ALL.commas.contains(between);
    }

    /** Whether a list comma stands anywhere in {@code text} (a clause closed: "18 morts, dont deux enfants, et 21 blessés"). */
    public static boolean hasComma(String text) {
        for (String comma : ALL.commas) {
            if (text.contains(comma)) {
                return true;
            }
        }
        return false;
    }

    /** "between", "entre", "بين": the word that makes the two places after it one. */
    public static boolean isBetween(String norm) {
        return ALL.between.contains(norm);
    }

    /** A regular expression matching any one list comma (the structurer's dateline shape). */
    public static String commaPattern() {
        return "(?:" + String.join("|", ALL.commas.stream().sorted().map(Pattern::quote).toList()) + ")";
    }
}
