package dev.articleevents.core.language;

import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentences inside one block of text (a paragraph never continues across a line break in our inputs).
 * A sentence ends at a sentence-ending mark (with closing quotes or brackets) followed by white space, except
 * after an abbreviation or an initial (marks and abbreviations: {@code language/profile.tsv}, every language's:
 * the language is not known yet). Leading and trailing white space, including U+00A0, is left out of spans.
 */
public final class SentenceSplitter {
    private static final LanguageProfile ANY = LanguageProfile.anyLanguage();

    private SentenceSplitter() {
    }

    public static List<Span> split(String text, Span block) {
        List<Span> out = new ArrayList<>();
        int start = block.start();
        int end = block.end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (ANY.marks().endsSentence(c)) {
                int j = i + 1;
                while (j < end && ANY.marks().closes(text.charAt(j))) {
                    j++;
                }
                if ((j >= end || isSpace(text.charAt(j))) && !(c == '.' && isAbbreviation(text, start, i))) {
                    addTrimmed(out, text, start, j);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        addTrimmed(out, text, start, end);
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(k))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ANY.abbreviations().contains(word);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    private static void addTrimmed(List<Span> out, String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
