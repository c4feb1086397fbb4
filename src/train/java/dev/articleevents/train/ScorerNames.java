package dev.articleevents.train;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names compared the way ../shared/eval/score.py compares them (its norm, names and loc_match), so that
 * a reading the training calls right is one the scorer would count as the gold event's place.
 */
final class ScorerNames {
    private static final Pattern AR_DIACRITICS = Pattern.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]");
    private static final Pattern LATIN_ARTICLE = Pattern.compile("^(al|el|ad|ar|as|at|az)-?(?=\\w{3})");
    private static final Pattern AR_PROCLITICS = Pattern.compile("^(و|ف|ب|ل|ك)?(ال)?(?=\\w{3})");

    private ScorerNames() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        s = AR_DIACRITICS.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int at = "أإآٱىةؤئ".indexOf(c);
            b.append(at < 0 ? c : "اااايهوي".charAt(at));
        }
        s = Normalizer.normalize(b, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        s = s.replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
        StringBuilder out = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if ((w.startsWith("al") || w.startsWith("el")) && w.length() > 4) {
                w = LATIN_ARTICLE.matcher(w).replaceFirst("");
            }
            w = AR_PROCLITICS.matcher(w).replaceFirst("");
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** The normalised names of a location: each of name, nameInText and sublocation, split at ( ) / , */
    static Set<String> names(String... values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String part : v.split("[()/,]")) {
                String n = norm(part);
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** score.py's loc_match on two name sets: equal, or one inside the other when both have four characters or more. */
    static boolean match(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || x.length() >= 4 && y.length() >= 4 && (x.contains(y) || y.contains(x))) {
                    return true;
                }
            }
        }
        return false;
    }
}
