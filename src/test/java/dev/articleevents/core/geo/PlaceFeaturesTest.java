package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.ArticleStructurer;
import dev.articleevents.core.language.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each place feature on sentences written for this test. Features do not depend on the fitted weights, so the
 * recognizer here scores nothing (untrained); it needs the packaged place index.
 */
class PlaceFeaturesTest {
    private static PlaceRecognizer recognizer;

    @BeforeAll
    static void load() {
        Gazetteer g = Gazetteer.load();
        assertTrue(g.complete(), "the build packages the place index into target/…/classes/geo");
        recognizer = new PlaceRecognizer(g, Set.of(), PlaceScorer.untrained());
    }

    /** The named feature of the occurrence-th reading of `surface` as a place in `country`. */
    private static double feature(String text, String language, String surface, int occurrence, String country, String name) {
        return feature(recognizer.readings(text, Tokenizer.tokenize(text), language), text, surface, occurrence, country, name);
    }

    /** The same, among {@code readings} of {@code text}. */
    private static double feature(List<PlaceRecognizer.Reading> readings, String text, String surface, int occurrence, String country,
                                  String name) {
        int seen = 0;
        int lastStart = -1;
        int index = PlaceFeatures.names().indexOf(name);
        assertTrue(index >= 0, "no feature " + name);
        for (PlaceRecognizer.Reading r : readings) {
            PlaceCandidate c = r.candidate();
            if (!text.substring(c.charStart(), c.charEnd()).equals(surface)) {
                continue;
            }
            if (c.start() != lastStart) {
                seen++;
                lastStart = c.start();
            }
            if (seen == occurrence && r.place().country().equals(country)) {
                return r.features()[index];
            }
        }
        throw new AssertionError("no reading of " + surface + " (" + occurrence + ") in " + country + " in: " + text);
    }

    private static double feature(String text, String language, String surface, String country, String name) {
        return feature(text, language, surface, 1, country, name);
    }

    @Test
    void kindOfPlace() {
        String text = "Fighting spread from Damascus to the Douma district and Rif Dimashq, Syria.";
        assertEquals(1, feature(text, "en", "Damascus", "SY", "capital"));
        assertEquals(0, feature(text, "en", "Damascus", "SY", "district"));
        assertEquals(1, feature(text, "en", "Rif Dimashq", "SY", "admin1"));
        assertEquals(1, feature(text, "en", "Syria", "SY", "country"));
        assertEquals(1, feature("Clashes near Benghazi, Libya.", "en", "Benghazi", "LY", "first-order-seat"));
        assertEquals(1, feature("Shelling hit Dūmā again.", "en", "Dūmā", "SY", "lower-seat"));
    }

    @Test
    void populationOnALogScale() {
        double damascus = feature("Clashes in Damascus.", "en", "Damascus", "SY", "log-population");
        double douma = feature("Clashes in Dūmā.", "en", "Dūmā", "SY", "log-population");
        assertTrue(damascus > douma && douma > 0.6 && damascus <= 1, damascus + " vs " + douma);
    }

    @Test
    void primaryNameAndHomonyms() {
        assertEquals(1, feature("Clashes in Reading.", "en", "Reading", "GB", "primary-name"));
        assertTrue(feature("Clashes in Reading.", "en", "Reading", "GB", "homonyms") > 0, "Reading is also in the United States");
        assertEquals(0, feature("Clashes in Benghazi.", "en", "Benghazi", "LY", "homonyms"));
    }

    @Test
    void countryFocusComesFromTheRestOfTheArticle() {
        String text = "اندلعت اشتباكات في طرابلس عاصمة ليبيا، وقال سكان في بنغازي إن ليبيا تشهد توترا";
        assertEquals(1, feature(text, "ar", "طرابلس", "LY", "focus-top"));
        assertEquals(0, feature(text, "ar", "طرابلس", "LB", "focus-top"));
        assertTrue(feature(text, "ar", "طرابلس", "LY", "focus-share") > 0.9);
        assertEquals(0, feature(text, "ar", "طرابلس", "LB", "focus-share"));
        assertEquals(0, feature("اشتباكات في طرابلس", "ar", "طرابلس", "LY", "focus-share"), "nothing else in the text");
    }

    @Test
    void aCountrysNameCountsForItsCountryWhateverTownsShareIt() {
        // "Armenia" is also a city in Colombia: the name still says the article is about Armenia
        String text = "Protesters marched in Yerevan on Monday. Armenia's government said Armenia would hold talks.";
        assertEquals(1, feature(text, "en", "Yerevan", "AM", "focus-top"));
        assertTrue(feature(text, "en", "Yerevan", "AM", "focus-share") > 0.9);
        assertEquals(1, feature(text, "en", "Yerevan", "AM", "country-named-nearby"));
    }

    @Test
    void aDatelineSaysNothingOfTheArticlesCountries() {
        // a wire service files every story from its bureau: Dubai and the Emirates are not what the story is about
        String text = "غارات على سرت\n\nدبي، الإمارات العربية المتحدة (CNN)-- قتل شخصان في غارة على مدينة سرت في ليبيا الاثنين.\n";
        ArticleDocument doc = new ArticleDocument(new ArticleStructurer().structure(text), Tokenizer.tokenize(text), "ar", null);
        double withDateline = feature(text, "ar", "سرت", "LY", "focus-top");
        double without = feature(recognizer.readings(doc), text, "سرت", 1, "LY", "focus-top");
        assertEquals(0, withDateline, "read as plain text, the dateline's country leads the focus");
        assertEquals(1, without);
    }

    @Test
    void aRepeatedNameIsNoEvidenceForItself() {
        // "Santos" is only a Brazilian city in the index; its three mentions must not make the article Brazilian
        String text = "Santos spoke. Santos said the talks went well. Santos left for Havana, Cuba.";
        assertEquals(0, feature(text, "en", "Santos", 2, "BR", "focus-share"));
        assertEquals(1, feature(text, "en", "Santos", 2, "BR", "repeated"));
    }

    @Test
    void countryNamedNearby() {
        assertEquals(1, feature("Gunmen attacked Homs, Syria, at dawn.", "en", "Homs", "SY", "country-named-nearby"));
        assertEquals(0, feature("Gunmen attacked Homs at dawn.", "en", "Homs", "SY", "country-named-nearby"));
    }

    @Test
    void cueWordsBefore() {
        assertEquals(1, feature("قصفت الطائرات مدينة دوما", "ar", "دوما", "SY", "naming-cue"));
        assertEquals(0, feature("قصفت الطائرات مدينة دوما", "ar", "دوما", "SY", "in-cue"));
        assertEquals(1, feature("The bomb went off in Dūmā.", "en", "Dūmā", "SY", "in-cue"));
    }

    @Test
    void latinCapitalisation() {
        assertEquals(1, feature("Shells fell on Dūmā overnight.", "en", "Dūmā", "SY", "capitalised-mid-sentence"));
        assertEquals(1, feature("Dūmā was shelled overnight.", "en", "Dūmā", "SY", "sentence-start"));
        assertEquals(0, feature("Dūmā was shelled overnight.", "en", "Dūmā", "SY", "capitalised-mid-sentence"));
        assertEquals(0, feature("قصفت الطائرات دوما", "ar", "دوما", "SY", "capitalised-mid-sentence"));
    }

    @Test
    void ordinaryWords() {
        // أوباما is listed as an ordinary word (lexicon/geo-stopwords.tsv) although a town in Japan bears the name
        assertEquals(1, feature("وقال أوباما إن الأمن مهم", "ar", "أوباما", "JP", "ordinary-word"));
        assertEquals(0, feature("قصفت الطائرات دوما", "ar", "دوما", "SY", "ordinary-word"));
        // closed-class words (language/stopwords.tsv) that a gazetteer also lists: "that it" is not Bāneh, "then" not Vannes
        assertEquals(1, feature("وصف الناشط ما يجري بأنه تغير ثوري", "ar", "بأنه", "IR", "ordinary-word"));
        assertEquals(1, feature("ووفق آخر حصيلة، فإن المعارك أوقعت 40 قتيلا", "ar", "فإن", "FR", "ordinary-word"));
        // "the country", and AFP's name: words of every Arabic report, each also some village's name
        assertEquals(1, feature("وقالت الحكومة إن البلاد تشهد توترا", "ar", "البلاد", "YE", "ordinary-word"));
        assertEquals(1, feature("وقالت وكالة فرانس برس إن الهجوم وقع فجرا", "ar", "فرانس", "FR", "ordinary-word"));
        assertEquals(1, feature("وقال المتحدث عنه إنه غادر", "ar", "عنه", "IQ", "ordinary-word"));
        assertEquals(1, feature("Human Rights Watch said the group had documented the killings.", "en", "Human", "UA", "ordinary-word"));
        String text = "Police said Reading was calm after reading the statement.";
        assertEquals(1, feature(text, "en", "Reading", "GB", "also-common-form"));
        assertEquals(0, feature("Police said Reading was calm.", "en", "Reading", "GB", "also-common-form"));
    }

    @Test
    void personContext() {
        assertEquals(1, feature("Talks ended, President Santos said.", "en", "Santos", "BR", "person-title-before"));
        assertEquals(1, feature("Talks ended, Juan Manuel Santos said.", "en", "Santos", "BR", "name-neighbour"));
        assertEquals(0, feature("Talks ended in Santos on Friday.", "en", "Santos", "BR", "name-neighbour"));
        String text = "Talks ended, Juan Manuel Santos said. Later Santos flew to Havana.";
        assertEquals(1, feature(text, "en", "Santos", 2, "BR", "person-name-elsewhere"));
        assertEquals(0, feature(text, "en", "Santos", 2, "BR", "name-neighbour"));
    }

    @Test
    void nearnessToPlacesThatCanOnlyBeOne() {
        // Dayr al Zawr is one place only; the Syrian Dūmā lies 430 km from it, the West Bank one 580 km
        String text = "Shells fell on Dūmā and on Dayr al Zawr.";
        double syrian = feature(text, "en", "Dūmā", "SY", "near-anchor");
        double palestinian = feature(text, "en", "Dūmā", "PS", "near-anchor");
        assertTrue(syrian > palestinian && syrian > 0.3, syrian + " vs " + palestinian);
        assertEquals(0, feature("Shells fell on Dūmā.", "en", "Dūmā", "SY", "near-anchor"), "no other place named");
    }

    @Test
    void regionNamedInTheArticle() {
        assertEquals(1, feature("Shells fell on Dūmā in Rif Dimashq.", "en", "Dūmā", "SY", "region-named"));
        assertEquals(0, feature("Shells fell on Dūmā.", "en", "Dūmā", "SY", "region-named"));
    }

    @Test
    void shapeOfTheName() {
        assertEquals(1, feature("Fighting in Rif Dimashq.", "en", "Rif Dimashq", "SY", "multiword"));
        assertEquals(1, feature("قصفت الطائرات دوما", "ar", "دوما", "SY", "short-name"));
        assertEquals(0, feature("Shells fell on Benghazi.", "en", "Benghazi", "LY", "short-name"));
        assertEquals(1, feature("قصفت الطائرات دوما", "ar", "دوما", "SY", "arabic"));
    }

    @Test
    void aPrepositionGluedToTheName() {
        assertEquals(1, feature("قتل خمسة في قصف بحمص", "ar", "بحمص", "SY", "glued-preposition"));
        assertEquals(0, feature("قتل خمسة في قصف وحمص", "ar", "وحمص", "SY", "glued-preposition"), "و is a conjunction, not a place word");
        assertEquals(0, feature("قتل خمسة في قصف على حمص", "ar", "حمص", "SY", "glued-preposition"));
        assertEquals(0, feature("Shells fell on Homs.", "en", "Homs", "SY", "glued-preposition"));
    }

    @Test
    void aVerbOfSayingBefore() {
        assertEquals(1, feature("The minister said in Paris that strikes hit Sirte.", "en", "Paris", "FR", "said-before"));
        assertEquals(0, feature("The minister said in Paris that strikes hit Sirte.", "en", "Sirte", "LY", "said-before"));
        assertEquals(1, feature("وقال الوزير في باريس إن الغارات استهدفت سرت", "ar", "باريس", "FR", "said-before"));
    }

    @Test
    void aPartOfTheDayIsNoCandidate() {
        // the engine passes the date lexicon's calendar words (DateResolver.calendarWords): "ليل" is night, not Lille,
        // and is no reading for the scorer to weigh; without the calendar words it is only a name
        PlaceRecognizer withCalendar = new PlaceRecognizer(Gazetteer.load(), Set.of("ليل"), PlaceScorer.untrained());
        String text = "شنت الطائرات غارات ليل الأحد على إدلب";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertTrue(withCalendar.readings(text, tokens, "ar").stream().noneMatch(r -> r.place().country().equals("FR")));
        assertEquals(0, feature(text, "ar", "ليل", "FR", "ordinary-word"));
    }

    @Test
    void demonymShape() {
        PersonContext people = new PersonContext();
        List<Token> en = Tokenizer.tokenize("Lebanese troops");
        assertTrue(people.demonymShape(en, 0, 1, "en"));
        List<Token> ar = Tokenizer.tokenize("الجيش اللبناني");
        assertTrue(people.demonymShape(ar, 1, 2, "ar"));
        assertTrue(!people.demonymShape(Tokenizer.tokenize("دبي"), 0, 1, "ar"), "a bare word ending in ي is as often a town");
    }
}
