package dev.articleevents.core.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matching forms of words. Arabic: alef variants → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی/ک → ي/ك,
 * harakat, superscript alef and tatweel removed (the same folding as the evaluation scorer). Latin: lower
 * case without accents. Eastern Arabic and Persian digits become ASCII digits everywhere.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean latinMarks = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u200F' || c == '\u200E'
                    || c == '\u200C' || c == '\u200D') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ى', 'ی', 'ئ' -> out.append('ي');
                case 'ة' -> out.append('ه');
                case 'ؤ' -> out.append('و');
                case 'ک' -> out.append('ك');
                case '’', '‘', 'ʼ' -> out.append('\'');
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        out.append((char) ('0' + (c - '\u0660')));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        out.append((char) ('0' + (c - '\u06F0')));
                    } else {
                        if (c > 0x7F && c < 0x0600) {
                            latinMarks = true;
                        }
                        out.append(c);
                    }
                }
            }
        }
        String folded = out.toString().toLowerCase(Locale.ROOT);
        if (latinMarks) {
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

    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    /**
     * The forms an Arabic token may stand for once its proclitics are removed ({@link ArabicProclitics}): the
     * token itself first. Latin tokens have no variants.
     */
    public static List<String> arabicVariants(String norm) {
        if (norm.isEmpty() || !isArabicLetter(norm.charAt(0))) {
            return List.of(norm);
        }
        return ArabicProclitics.table().variants(norm, ArabicProclitics.Use.WORDS);
    }
}
