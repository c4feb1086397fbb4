package dev.articleevents.core.geo;

import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The place index rows, as the build writes them before it prepares the table the engine loads ({@link
 * PlaceTable}; the rows file is {@code target/gazetteer/places.tsv.gz}): gzip, UTF-8, '#' header lines
 * (provenance and attribution), then one place per line:
 * {@code geonameId · name · country · admin1 name · lat · lon · kind · featureCode · population · keys · primary}
 * where keys are the place's names in matching form (tokens normalised, joined by one space), '|'-separated,
 * and the first {@code primary} keys are its own names (English/ASCII, Arabic, French; every name of a
 * country), the rest alternate names (historical and foreign forms, which need context to be trusted).
 */
public final class PlaceIndexFormat {
    public static final int COLUMNS = 11;

    private PlaceIndexFormat() {
    }

    /** The matching key of a name: its tokens in matching form, one space apart. */
    public static String key(String name) {
        List<Token> tokens = Tokenizer.tokenize(name);
        return tokens.stream().map(Token::norm).collect(Collectors.joining(" "));
    }

    static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextNormalizer.isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
