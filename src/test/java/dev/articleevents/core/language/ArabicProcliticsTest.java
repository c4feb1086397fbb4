package dev.articleevents.core.language;

import dev.articleevents.core.resource.Lexicons;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proclitic table's one length rule, as each use reads it (language/ar-proclitics.tsv). */
class ArabicProcliticsTest {
    private final ArabicProclitics arabic = ArabicProclitics.table();

    private static String n(String s) {
        return TextNormalizer.normalize(s);
    }

    @Test
    void wordsLoseConjunctionPrepositionAndArticleInTurn() {
        assertEquals(List.of(n("وبالمدينة"), n("بالمدينة"), n("المدينة"), n("مدينة")),
                arabic.variants(n("وبالمدينة"), ArabicProclitics.Use.WORDS));
        // لل is ل before the article: it reads as ال
        assertEquals(List.of(n("للبرلمان"), n("البرلمان"), n("برلمان")), arabic.variants(n("للبرلمان"), ArabicProclitics.Use.WORDS));
    }

    @Test
    void aOneLetterProcliticLeavesThreeLettersAndTheArticleTwo() {
        assertEquals(List.of(n("وله")), arabic.variants(n("وله"), ArabicProclitics.Use.WORDS));
        assertEquals(List.of(n("ولها"), n("لها")), arabic.variants(n("ولها"), ArabicProclitics.Use.WORDS));
        assertEquals(List.of(n("الي")), arabic.variants(n("الي"), ArabicProclitics.Use.WORDS));
        assertNull(arabic.withoutArticle(n("الي")));
        assertEquals(n("حي"), arabic.withoutArticle(n("الحي")));
    }

    @Test
    void placeNamesKeepTheArticleAndNeedThreeLettersAfterLamLam() {
        assertEquals(List.of(n("وبحلب"), n("بحلب"), n("حلب")), arabic.variants(n("وبحلب"), ArabicProclitics.Use.PLACE_NAMES));
        assertEquals(List.of(n("بالرقة"), n("الرقة")), arabic.variants(n("بالرقة"), ArabicProclitics.Use.PLACE_NAMES));
        assertEquals(List.of(n("كدمشق")), arabic.variants(n("كدمشق"), ArabicProclitics.Use.PLACE_NAMES));
        assertEquals(List.of(n("للرقة"), n("الرقة")), arabic.variants(n("للرقة"), ArabicProclitics.Use.PLACE_NAMES));
        assertFalse(arabic.variants(n("للحي"), ArabicProclitics.Use.PLACE_NAMES).contains(n("الحي")));
        assertTrue(arabic.variants(n("للحي"), ArabicProclitics.Use.WORDS).contains(n("الحي")));
    }

    @Test
    void definiteWithOneGluedLetterAtMost() {
        assertTrue(arabic.definite(n("المنطقة")));
        assertTrue(arabic.definite(n("بالمنطقة")));
        assertTrue(arabic.definite(n("للمنطقة")));
        assertFalse(arabic.definite(n("منطقة")));
        assertFalse(arabic.definite(n("وبالمنطقة")));
        assertEquals(n("بحلب"), arabic.withoutConjunction(n("وبحلب")));
        assertEquals(n("ولد"), arabic.withoutConjunction(n("ولد")));
        assertEquals(2, arabic.gluedLettersBeforeName());
    }

    @Test
    void wordFilesAreReadOnceAndProfilesShareThem() {
        assertSame(Lexicons.rows("language/stopwords.tsv", 2), Lexicons.rows("language/stopwords.tsv", 2));
        assertTrue(LanguageProfile.of("fr").abbreviations().contains("mme"));
        assertFalse(LanguageProfile.of("en").abbreviations().contains("mme"));
        assertTrue(LanguageProfile.anyLanguage().abbreviations().containsAll(List.of("mme", "mr")));
        assertTrue(LanguageProfile.of("ar").marks().endsSentence('\u061F'));
        assertFalse(LanguageProfile.of("en").marks().endsSentence('\u061F'));
        assertTrue(LanguageProfile.of("ar").functionWords().contains(n("في")));
        assertEquals("1500", Tokenizer.tokenize("\u0661\u066C\u0665\u0660\u0660").get(0).norm());
    }

    @Test
    void lettersGluedBeforeAWordAreCounted() {
        assertEquals(1, arabic.gluedBefore("ببلدة", n("بلدة")));
        assertEquals(2, arabic.gluedBefore("وبحلب", n("حلب")));
        assertEquals(0, arabic.gluedBefore("حلب", n("حلب")));
        assertEquals(-1, arabic.gluedBefore("حلب", n("دمشق")));
    }
}
