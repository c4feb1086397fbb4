package dev.articleevents.core.language;

import dev.articleevents.core.resource.Lexicons;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Matching forms of words. Arabic letters are folded as {@code language/letter-folding.tsv} says (alef variants →
 * ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی/ک → ي/ك; harakat, superscript alef and tatweel dropped: the same
 * folding as the evaluation scorer). Latin: lower case without accents. Eastern Arabic and Persian digits become
 * ASCII digits everywhere.
 */
public final class TextNormalizer {
    /** A letter's folded form, indexed by the letter (itself when unfolded), and whether folding drops it. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final boolean[] DROPPED = new boolean[Character.MAX_VALUE + 1];
    /**
     * Each UTF-16 unit's lower case, as {@code String.toLowerCase(Locale.ROOT)} gives it, looked up once: that
     * method asks the JDK's character tables for every Arabic letter, a sixth of a warm analysis (JFR, the seed).
     * Capital dotted I and capital sigma (whose lower case depends on their neighbours), surrogates and U+FFFF are
     * marked {@link #CASED_BY_CONTEXT} in it; a word holding one is lowered by the JDK as before.
     */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];
    private static final char CASED_BY_CONTEXT = '\uFFFF';

    static {
        for (int c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = (char) c;
        }
        for (String[] row : Lexicons.rows("language/letter-folding.tsv", 2)) {
            String[] range = row[0].split("\\.\\.");
            int from = codePoint(range[0]);
            int last = range.length > 1 ? codePoint(range[1]) : from;
            for (int c = from; c <= last; c++) {
                DROPPED[c] = row[1].equals("-");
                FOLDED[c] = DROPPED[c] ? (char) c : row[1].charAt(0);
            }
        }
        for (int c = 0; c < LOWER.length; c++) {
            LOWER[c] = (char) Character.toLowerCase(c);
        }
        LOWER['\u0130'] = CASED_BY_CONTEXT;
        LOWER['\u03A3'] = CASED_BY_CONTEXT;
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            LOWER[c] = CASED_BY_CONTEXT;
        }
        LOWER[CASED_BY_CONTEXT] = CASED_BY_CONTEXT;
    }

    private TextNormalizer() {
    }

    private static int codePoint(String cell) {
        return cell.startsWith("U+") ? Integer.parseInt(cell.substring(2), 16) : cell.charAt(0);
    }

    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        Folding folding = fold(s, out, true);
        String folded;
        if (folding == Folding.CONTEXT_CASED) {
            out.setLength(0);
            folding = fold(s, out, false);
            folded = out.toString().toLowerCase(Locale.ROOT);
        } else {
            folded = out.toString();
        }
        if (folding == Folding.LATIN_MARKS) {
            // accents off: decompose, then drop the combining marks (a loop: String.replaceAll would compile
            // a pattern for every word)
            String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
            StringBuilder bare = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    bare.append(c);
                }
            }
            folded = bare.toString();
        }
        return folded;
    }

    /** What folding a word met besides the letters it wrote. */
    enum Folding {
        PLAIN,
        /** a letter that may carry Latin accents */
        LATIN_MARKS,
        /** a letter that {@link #LOWER} leaves to the JDK: folding stopped there */
        CONTEXT_CASED
    }

    /** Appends {@code s} folded, and lowered through {@link #LOWER} when {@code lower}, to {@code out}. */
    static Folding fold(String s, StringBuilder out, boolean lower) {
        Folding folding = Folding.PLAIN;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DROPPED[c]) {
                continue;
            }
            char f = FOLDED[c];
            if (f != c) {
                c = f;
            } else if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            } else if (c > 0x7F && c < 0x0600) {
                folding = Folding.LATIN_MARKS;
            }
            if (lower) {
                c = LOWER[c];
                if (c == CASED_BY_CONTEXT) {
                    return Folding.CONTEXT_CASED;
                }
            }
            out.append(c);
        }
        return folding;
    }

    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    /**
     * The forms a token may stand for once Arabic proclitics are removed ({@link ArabicProclitics}): the token
     * itself first. Latin tokens have no other form.
     */
    public static List<String> arabicVariants(String norm) {
        return ArabicProclitics.table().variants(norm, ArabicProclitics.Use.WORDS);
    }
}
