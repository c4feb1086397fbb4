package dev.articleevents.core.language;

import java.util.List;
import java.util.Set;

/**
 * A word or number of the text. {@code norm} is its matching form; {@code variants} adds the forms with
 * Arabic proclitics removed (the first variant is {@code norm}); {@code index} is its position in the
 * token list of the whole text.
 */
public record Token(int index, int start, int end, String surface, String norm, List<String> variants) {
    public boolean isNumber() {
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }

    public boolean matches(String form) {
        return variants.contains(form);
    }

    /** Whether some form of the word (itself, or without its proclitics) is one of {@code words}. */
    public boolean anyFormIn(Set<String> words) {
        for (String v : variants) {
            if (words.contains(v)) {
                return true;
            }
        }
        return false;
    }

    public boolean matchesPrefix(String prefix) {
        for (String v : variants) {
            if (v.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
