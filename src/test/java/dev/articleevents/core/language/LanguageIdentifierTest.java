package dev.articleevents.core.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = new LanguageIdentifier();

    private String of(String s) {
        return id.identify(s, Tokenizer.tokenize(s));
    }

    @Test
    void threeLanguagesAndUndetermined() {
        assertEquals("ar", of("قتل خمسة أشخاص في هجوم على سوق في المدينة"));
        assertEquals("en", of("Five people were killed in an attack on a market in the city, police said."));
        assertEquals("fr", of("Cinq personnes ont été tuées dans une attaque contre un marché de la ville, selon la police."));
        assertEquals("und", of("Fünf Menschen wurden bei einem Angriff auf einen Markt getötet."));
        assertEquals("und", of("12345 !!!"));
    }

    @Test
    void arabicNormalisationAndDigits() {
        assertEquals("اسوشيتد", TextNormalizer.normalize("أسوشيتد"));
        assertEquals("مدينه", TextNormalizer.normalize("مدينةٌ"));
        assertEquals("23", TextNormalizer.normalize("٢٣"));
        assertEquals("الي", TextNormalizer.normalize("إلى"));
        assertEquals("وبنغازي", TextNormalizer.arabicVariants("وبنغازي").get(0));
        assertEquals(true, TextNormalizer.arabicVariants("وبنغازي").contains("بنغازي"));
        assertEquals(true, TextNormalizer.arabicVariants("للبرلمان").contains("البرلمان"));
    }
}
