package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Gazetteer;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.geo.PlaceRecognizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.ArticleStructurer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Datelines in the three languages, and openings that are not datelines. Texts written for the test. */
class DatelinesTest {
    private static PlaceRecognizer places;

    @BeforeAll
    static void load() {
        places = new PlaceRecognizer(Gazetteer.load(), new DateResolver().calendarWords());
    }

    private static List<String> datelinePlaces(String text, String language) {
        Article article = new ArticleStructurer().structure(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        // as EventExtractor does: every name's likeliest reading, the dateline's shape vouching for its place
        List<PlaceMention> found = places.findWithReadings(text, tokens, 0, tokens.size(), language).likeliest();
        return Datelines.places(article, found).stream().map(PlaceMention::surface).toList();
    }

    @Test
    void englishDatelines() {
        assertEquals(List.of("KABUL", "Afghanistan"), datelinePlaces("Blast in the capital\n\nKABUL, Afghanistan (AP) — A bomb exploded on Sunday.\n", "en"));
        assertEquals(List.of("Islamabad", "Pakistan"), datelinePlaces("Attack\n\nIslamabad, Pakistan – Gunmen attacked a checkpoint on Monday.\n", "en"));
        assertEquals(List.of("NAIROBI"), datelinePlaces("Attack\n\n(NAIROBI) — Gunmen attacked a bus on Monday.\n", "en"));
    }

    @Test
    void frenchDatelineWithADate() {
        assertEquals(List.of("BAMAKO"), datelinePlaces("Attaque au Mali\n\nBAMAKO, 12 mai (AFP) - Des hommes armés ont attaqué un poste de l'armée.\n", "fr"));
    }

    @Test
    void arabicDateline() {
        assertEquals(List.of("القاهرة", "مصر"), datelinePlaces("غارات\n\nالقاهرة، مصر (CNN)-- شنت طائرات حربية غارات على مواقع في سرت.\n", "ar"));
    }

    @Test
    void openingsThatAreNotDatelines() {
        // no dash after the opening words
        assertEquals(List.of(), datelinePlaces("Clashes\n\nBenghazi residents said on Monday that clashes continued near the port.\n", "en"));
        // a dash, but no place opens the paragraph
        assertEquals(List.of(), datelinePlaces("Clashes\n\nThe militants — about forty of them — attacked the town of Kidal on Monday.\n", "en"));
        // a place later in the sentence is not a dateline
        assertEquals(List.of(), datelinePlaces("Clashes\n\nFighting broke out in Sirte - officials said on Monday.\n", "en"));
    }
}
