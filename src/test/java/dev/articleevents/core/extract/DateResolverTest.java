package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    private static final DateResolver DATES = new DateResolver();
    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 2);

    private static List<DateMention> find(String s, String language) {
        List<Token> tokens = Tokenizer.tokenize(s);
        return DATES.find(s, tokens, 0, tokens.size(), PUBLISHED, language);
    }

    @Test
    void weekdaysResolveToTheLatestSuchDayOnOrBeforePublication() {
        assertEquals(LocalDate.of(2016, 8, 2), find("قتل خمسة الثلاثاء", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 8, 1), find("وقعت اشتباكات الاثنين", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 7, 31), find("The district was stormed on Sunday.", "en").get(0).date());
        assertEquals(LocalDate.of(2016, 7, 29), find("Les combats ont repris vendredi.", "fr").get(0).date());
    }

    @Test
    void calendarWordsIncludeOneWordPartsOfTheDay() {
        // the place recognizer takes these as ordinary words: "ليل الأحد" is Sunday night, not Lille
        assertTrue(DATES.calendarWords().containsAll(List.of("ليل", "morning", "الاحد", "march")), DATES.calendarWords().toString());
        assertTrue(!DATES.calendarWords().contains("late"), "only one-word parts of the day: \"late on\" is two");
    }

    @Test
    void relativeWords() {
        assertEquals(LocalDate.of(2016, 8, 1), find("Police said yesterday that", "en").get(0).date());
        assertEquals(LocalDate.of(2016, 8, 1), find("وقع الهجوم أمس", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 8, 1), find("L'attaque a eu lieu hier soir", "fr").get(0).date());
    }

    /** A wire written on Monday and published on Tuesday still says "today Monday": the weekday names the day. */
    @Test
    void aRelativeDateCountedFromWhatFollowsDatesNothing() {
        assertEquals(LocalDate.of(2016, 7, 31), find("وقع الهجوم قبل يومين", "ar").get(0).date());
        assertTrue(find("وقع الهجوم قبل يومين من الانتخابات", "ar").isEmpty(), "two days before the elections, not before publication");
        assertTrue(find("اندلعت اشتباكات قبل ثلاثة أيام من الانتخابات", "ar").isEmpty());
    }

    @Test
    void aWeekdayRightAfterTodayOrYesterdayNamesTheDay() {
        List<DateMention> today = find("في هجوم انتحاري اليوم الاثنين", "ar");
        assertEquals(1, today.size(), today.toString());
        assertEquals(LocalDate.of(2016, 8, 1), today.get(0).date());
        assertEquals(LocalDate.of(2016, 7, 29), find("قتل خمسة أمس الجمعة", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 8, 2), find("وقع الهجوم اليوم", "ar").get(0).date(), "today alone is publication day");
        assertEquals(LocalDate.of(2016, 7, 31), find("L'attaque a eu lieu hier dimanche", "fr").get(0).date());
    }

    @Test
    void absoluteDatesInBothArabicMonthSeries() {
        assertEquals(LocalDate.of(2016, 5, 12), find("منذ انطلاقها في 12 أيار/مايو", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 5, 12), find("في 12 مايو", "ar").get(0).date());
        assertEquals(LocalDate.of(2015, 11, 9), find("le 9 novembre 2015", "fr").get(0).date());
        assertEquals(LocalDate.of(2016, 1, 30), find("on January 30", "en").get(0).date());
    }

    @Test
    void vagueExpressionsGiveNoDay() {
        DateMention d = find("an attack on a guesthouse last week", "en").get(0);
        assertTrue(d.vague());
        assertNull(d.date());
    }

    @Test
    void aNightSpanningTwoDaysIsDatedByTheFirst() {
        List<DateMention> d = find("شنت مقاتلات ليل السبت الأحد غارة", "ar");
        assertEquals(1, d.size());
        assertEquals(LocalDate.of(2016, 7, 30), d.get(0).date());
    }

    @Test
    void aFrenchNightIsDatedByTheDayItEndsOn() {
        // published Tuesday 2 August 2016: "la nuit de samedi à dimanche" is the night ending on Sunday 31 July
        List<DateMention> d = find("Des hommes armés ont attaqué le village dans la nuit de samedi à dimanche.", "fr");
        assertEquals(1, d.size());
        assertEquals(LocalDate.of(2016, 7, 31), d.get(0).date());
        assertEquals(LocalDate.of(2016, 7, 30), find("Gunmen attacked the village in the night of Saturday to Sunday.", "en").get(0).date(),
                "English keeps the first day");
    }

    @Test
    void frenchPastParticipleIsNotAnEnglishWeekdayAbbreviation() {
        assertTrue(find("trois civils avaient été tués", "fr").isEmpty());
    }

    @Test
    void ordinalDayNames() {
        assertEquals(LocalDate.of(2016, 7, 8), find("وفي الثامن من يوليو/تموز أعلن الجيش", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 7, 21), find("اعتقل في الحادي والعشرين من تموز", "ar").get(0).date());
        assertEquals(LocalDate.of(2016, 7, 12), find("He was arrested on the twelfth of July.", "en").get(0).date());
    }

    @Test
    void aWeekAgoNamesADayButLastWeekDoesNot() {
        assertEquals(LocalDate.of(2016, 7, 26), find("the chemical attack a week ago", "en").get(0).date());
        assertEquals(LocalDate.of(2016, 7, 26), find("الهجوم الكيميائي قبل أسبوع", "ar").get(0).date());
        assertTrue(find("The town fell last week.", "en").get(0).vague());
    }

    @Test
    void aMonthWithoutADayIsVagueButBoundsTheDate() {
        DateMention feb = find("وفي شباط/فبراير الماضي استهدف هجوم مقرا", "ar").get(0);
        assertTrue(feb.vague());
        assertEquals(LocalDate.of(2016, 2, 29), feb.date());
        // a month not yet reached this year is last year's
        assertEquals(LocalDate.of(2015, 9, 30), find("since the takeover in September", "en").get(0).date());
        assertEquals(LocalDate.of(2014, 9, 30), find("depuis septembre 2014", "fr").get(0).date());
        // without a word such as في/in/depuis a month-like word alone is not a date
        assertTrue(find("Douze terroristes ont été tués et sept autres blessés", "fr").isEmpty());
        assertTrue(find("Officials said the toll may rise", "en").isEmpty());
    }

    @Test
    void clockTimeConversionsAndQuotedRelativeDaysDateNothing() {
        assertEquals(List.of(LocalDate.of(2016, 7, 31)), find("The rebels on Sunday ordered a ceasefire from midnight (0500 GMT Monday).", "en")
                .stream().map(DateMention::date).toList());
        assertTrue(find("\"We will cease fire from midnight tonight,\" the commander said.", "en").isEmpty());
        assertTrue(find("وقال أحد السكان \"قصفونا أمس طوال الليل\"", "ar").isEmpty());
        assertEquals(LocalDate.of(2016, 8, 1), find("Police said yesterday that \"nobody was hurt\".", "en").get(0).date());
    }
}
