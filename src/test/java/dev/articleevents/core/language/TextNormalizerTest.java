package dev.articleevents.core.language;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {

    @Test
    void foldsArabicLettersAndDigitsAndLowersLatin() {
        assertEquals("اسوشيتد", TextNormalizer.normalize("أسوشيتد"));
        assertEquals("مدينه", TextNormalizer.normalize("مدينةٌ"));
        assertEquals("الي", TextNormalizer.normalize("إلى"));
        assertEquals("اسلاميه", TextNormalizer.normalize("إسلاميّة"));
        assertEquals("23", TextNormalizer.normalize("٢٣"));
        assertEquals("23", TextNormalizer.normalize("۲۳"));
        assertEquals("benghazi", TextNormalizer.normalize("Benghazi"));
        assertEquals("deces a alep", TextNormalizer.normalize("Décès à Alep"));
    }

    @Test
    void arabicVariantsStartWithTheTokenThenDropProclitics() {
        assertEquals("وبنغازي", TextNormalizer.arabicVariants("وبنغازي").get(0));
        assertTrue(TextNormalizer.arabicVariants("وبنغازي").contains("بنغازي"));
        assertTrue(TextNormalizer.arabicVariants("للبرلمان").contains("البرلمان"));
    }

    @Test
    void lettersLoweredByTheirContextAreLoweredAsTheJdkLowersThem() {
        // capital sigma: final form at a word's end; capital dotted I: i and a combining dot (then dropped)
        assertEquals(reference("ΟΔΟΣ"), TextNormalizer.normalize("ΟΔΟΣ"));
        assertEquals(reference("İstanbul"), TextNormalizer.normalize("İstanbul"));
        assertEquals(reference("Kabul 𐐀 Σ"), TextNormalizer.normalize("Kabul 𐐀 Σ"));
    }

    @Test
    void everyUtf16UnitAloneAndAmongOthersMatchesTheJdkLowering() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertEquals(reference(one), TextNormalizer.normalize(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
            all.append((char) c);
        }
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            int from = random.nextInt(all.length() - 12);
            String word = "Ab" + all.substring(from, from + 1 + random.nextInt(10)) + "قتل";
            assertEquals(reference(word), TextNormalizer.normalize(word), word);
        }
    }

    /** The normaliser as it was written first: fold, then the JDK's whole-string lowering, then accents off. */
    private static String reference(String s) {
        StringBuilder out = new StringBuilder();
        boolean latinMarks = TextNormalizer.fold(s, out, false) == TextNormalizer.Folding.LATIN_MARKS;
        String lowered = out.toString().toLowerCase(Locale.ROOT);
        if (!latinMarks) {
            return lowered;
        }
        String decomposed = Normalizer.normalize(lowered, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                bare.append(decomposed.charAt(i));
            }
        }
        return bare.toString();
    }
}
