package dev.articleevents.core.language;

import java.util.List;

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

    public boolean matchesPrefix(String prefix) {
        for (String v : variants) {
            if (v.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
