package dev.articleevents.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and numbers with their offsets. Apostrophes and hyphens separate words (French
 * "l'armée" → l, armée; "cessez-le-feu" → cessez, le, feu), so lexicon phrases are written with spaces.
 * A number keeps inner separators between digits ("1,500", "3.5").
 */
public final class Tokenizer {
    private static final LanguageProfile.Marks MARKS = LanguageProfile.anyLanguage().marks();

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isDigit(text.charAt(i))
                        || (MARKS.insideNumber(text.charAt(i)) && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && i > start))) {
                    i++;
                }
                add(tokens, text, start, i);
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                add(tokens, text, start, i);
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String surface = text.substring(start, end);
        String norm = TextNormalizer.normalize(surface);
        if (Character.isDigit(norm.isEmpty() ? 'x' : norm.charAt(0))) {
            norm = withoutDigitGroups(norm);
        }
        tokens.add(new Token(tokens.size(), start, end, surface, norm, TextNormalizer.arabicVariants(norm)));
    }

    /** "1,500" is 1500: the marks grouping thousands are no part of the number. */
    private static String withoutDigitGroups(String number) {
        StringBuilder out = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            if (MARKS.digitGroups().indexOf(number.charAt(i)) < 0) {
                out.append(number.charAt(i));
            }
        }
        return out.toString();
    }
}
