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

}
