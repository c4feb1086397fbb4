package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for the project, one reading rule each. */
class CasualtyReaderTest {
    private static final DateResolver DATES = new DateResolver();
    private static final CasualtyReader READER = new CasualtyReader(new NumberReader(), DATES.monthWords());

    private static List<CasualtyFigure> read(String sentence, String language) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return READER.read(sentence, tokens, 0, tokens.size(), language);
    }

    private static Integer value(List<CasualtyFigure> figures, String kind) {
        // -1: no figure of that kind; null: a vague figure
        return figures.stream().filter(f -> f.kind().equals(kind)).findFirst().map(f -> f.count().value() == null ? (Integer) null : f.count().value())
                .orElse(figures.stream().anyMatch(f -> f.kind().equals(kind)) ? null : -1);
    }

    private static Integer killed(String text, String language) {
        return value(read(text, language), CasualtyFigure.KILLED);
    }

    private static Integer injured(String text, String language) {
        return value(read(text, language), CasualtyFigure.INJURED);
    }

    @Test
    void arabicVerbFirstWithDigitsAndVagueInjured() {
        List<CasualtyFigure> f = read("قتل 12 شخصا وأصيب عشرات آخرون في انفجار بسوق المدينة", "ar");
        assertEquals(12, value(f, CasualtyFigure.KILLED));
        assertNull(value(f, CasualtyFigure.INJURED));
        assertTrue(f.stream().anyMatch(x -> x.text().contains("عشرات")));
    }

    @Test
    void arabicNumberWordsAndNounAfterCount() {
        assertEquals(23, value(read("أسفر الهجوم عن مقتل ثلاثة وعشرين جنديا", "ar"), CasualtyFigure.KILLED));
        List<CasualtyFigure> f = read("هناك 7 قتلى وأكثر من 20 جريحا في القصف", "ar");
        assertEquals(7, value(f, CasualtyFigure.KILLED));
        assertEquals(20, value(f, CasualtyFigure.INJURED));
    }

    @Test
    void digitsAndTheScaleWordAfterThemAreOneNumber() {
        assertEquals(20000, value(read("وأسفر التمرد عن مقتل 20 ألف شخص منذ 2009", "ar"), CasualtyFigure.KILLED));
        List<CasualtyFigure> atLeast = read("قتل أكثر من 5 آلاف مدني في الحرب", "ar");
        assertEquals(5000, value(atLeast, CasualtyFigure.KILLED));
        assertEquals("lower-bound", atLeast.get(0).count().kind());
        assertEquals(1500, value(read("Some 1.5 thousand people were killed in the fighting.", "en"), CasualtyFigure.KILLED));
        // a population or an amount is no count of people: neither 2 nor a million
        assertEquals(-1, value(read("The war killed civilians and displaced 2.6 million people.", "en"), CasualtyFigure.KILLED));
        assertEquals(-1, value(read("قتل مدنيون وشرد 2,6 مليون شخص", "ar"), CasualtyFigure.KILLED));
    }

    @Test
    void arabicThousandsAfterAUnitWordMultiplyIt() {
        assertEquals(10000, value(read("وأسفرت الحرب عن مقتل عشرة آلاف شخص", "ar"), CasualtyFigure.KILLED));
        assertEquals(3500, value(read("قتل ثلاثة آلاف وخمسمائة شخص", "ar"), CasualtyFigure.KILLED));
        assertNull(value(read("قتل آلاف الأشخاص في الحرب", "ar"), CasualtyFigure.KILLED), "thousands, alone, is no exact count");
    }

    @Test
    void theSideOfTheDeadIsNamedAfterAPartitiveOrABound() {
        List<CasualtyFigure> police = read("قتل 4 من مجندي الشرطة في الهجوم", "ar");
        assertEquals("state", police.get(0).group());
        List<CasualtyFigure> militants = read("وقتل 8 على الأقل من مسلحي التنظيم في الكمين", "ar");
        assertEquals("nonstate", militants.get(0).group());
        assertEquals("state", read("Four of the soldiers were killed in the ambush.", "en").get(0).group());
        assertNull(read("قتل 4 من السكان في القصف", "ar").get(0).group(), "residents are no armed side");
        List<CasualtyFigure> one = read("وأسفر الكمين عن مقتل جندي وإصابة آخر", "ar");
        assertEquals(1, value(one, CasualtyFigure.KILLED));
        assertEquals("state", one.get(0).group());
        assertEquals("state", read("Gunmen killed a soldier near the border.", "en").get(0).group());
    }

    /** "مقتل 3 جنود وإصابة 14 آخرين": the commonest way to give both figures; "others" after the count is no cue. */
    @Test
    void theInjuredOthersAfterATollAreCounted() {
        List<CasualtyFigure> f = read("أسفر عن مقتل 3 جنود وإصابة 14 آخرين من بينهم 6 أطفال", "ar");
        assertEquals(3, value(f, CasualtyFigure.KILLED));
        assertEquals(14, value(f, CasualtyFigure.INJURED));
        assertEquals(2, injured("قتل شخص وإصابة اثنين آخرين", "ar"));
    }

    /** An Arabic victim noun alone is one victim ("مقتل شاب"); after a count it is the noun counted. */
    @Test
    void aVictimNounAfterACountIsNoSecondVictim() {
        assertEquals(128, killed("لقي 128 شخصا حتفهم في الفيضانات", "ar"));
        assertEquals(1, killed("أدى إلى مقتل شاب", "ar"));
    }

    /** One victim and a count joined by "and" add up; "one" right after the victim repeats it. */
    @Test
    void oneVictimAndTheOthersJoinedToIt() {
        List<CasualtyFigure> four = read("أسفرت المواجهات عن مقتل جندي وثلاثة مسلحين", "ar");
        assertEquals(4, value(four, CasualtyFigure.KILLED));
        assertEquals("exact", four.get(0).count().kind());
        assertEquals(1, killed("أسفرت عن مقتل متظاهر واحد", "ar"));
    }

    /** One sentence, the kind of figure and the count it should give. */
    private record Phrasing(String language, String kind, int count, String sentence) {
    }

    /**
     * Wire phrasings of the dead and wounded found in the gold toll sentences of the tuning articles, each read alone:
     * a rank or one-person noun after a killing noun, the dual "قتلا", "راح ضحيتها", the plural "أصيبوا" after its count,
     * the active "أصابت", martyrdom, "the death of", "la mort de", "neutralisé", "sont mortes", "ont été abattus"; and
     * the dead and the wounded of one sentence told count-first, each count its own word's (a comma closing a subset).
     */
    private static final List<Phrasing> PHRASINGS = List.of(
            new Phrasing("ar", CasualtyFigure.KILLED, 1, "أعلن استشهاد العميد في الهجوم"),
            new Phrasing("ar", CasualtyFigure.KILLED, 1, "أسفر القصف عن مقتل فتاة"),
            new Phrasing("ar", CasualtyFigure.KILLED, 2, "جنديين من القوات الحكومية قتلا في القصف"),
            new Phrasing("ar", CasualtyFigure.KILLED, 20, "عمليات إعدام راح ضحيتها أكثر من 20 شخصا"),
            new Phrasing("ar", CasualtyFigure.INJURED, 6, "وقال إن ستة أشخاص أصيبوا بجروح"),
            new Phrasing("ar", CasualtyFigure.INJURED, 1, "قتل شخصان وأصيب ثالث بجروح"),
            new Phrasing("ar", CasualtyFigure.INJURED, 20, "وأصابت حوالي عشرين آخرين"),
            new Phrasing("ar", CasualtyFigure.INJURED, 12, "وأصيب 12 شخصا بينهم جنود"),
            new Phrasing("en", CasualtyFigure.KILLED, 5, "Five security personnel embraced martyrdom in the attack."),
            new Phrasing("en", CasualtyFigure.KILLED, 2, "Two of our fighters were martyred on Sunday."),
            new Phrasing("en", CasualtyFigure.KILLED, 4, "Officials confirmed the death of four civilians."),
            new Phrasing("en", CasualtyFigure.INJURED, 3, "Another three suffered wounds."),
            new Phrasing("en", CasualtyFigure.KILLED, 1, "A Russian civilian has been killed, the governor said."),
            new Phrasing("fr", CasualtyFigure.KILLED, 10, "L'armée a confirmé la mort de dix rebelles."),
            new Phrasing("fr", CasualtyFigure.KILLED, 7, "L'opération Barkhane a neutralisé 7 terroristes."),
            new Phrasing("fr", CasualtyFigure.KILLED, 12, "Douze personnes sont mortes, dont trois civils."),
            new Phrasing("fr", CasualtyFigure.KILLED, 3, "Trois policiers ont été abattus par des hommes armés dans deux attaques."),
            new Phrasing("en", CasualtyFigure.KILLED, 5, "The attack left five people killed and 12 wounded."),
            new Phrasing("en", CasualtyFigure.INJURED, 12, "The attack left five people killed and 12 wounded."),
            new Phrasing("fr", CasualtyFigure.KILLED, 8, "Le bilan officiel annonce huit militaires tués et treize blessés"),
            new Phrasing("fr", CasualtyFigure.INJURED, 13, "Le bilan officiel annonce huit militaires tués et treize blessés"),
            new Phrasing("fr", CasualtyFigure.KILLED, 7, "Une voiture piégée a explosé, faisant sept morts et 11 blessés"),
            new Phrasing("fr", CasualtyFigure.INJURED, 11, "Une voiture piégée a explosé, faisant sept morts et 11 blessés"),
            new Phrasing("fr", CasualtyFigure.KILLED, 18, "L'attaque a fait 18 morts, dont deux enfants, et 21 blessés"),
            new Phrasing("fr", CasualtyFigure.INJURED, 21, "L'attaque a fait 18 morts, dont deux enfants, et 21 blessés"),
            new Phrasing("en", CasualtyFigure.KILLED, 5, "Gunmen killed 5 people and wounded 12."),
            new Phrasing("en", CasualtyFigure.INJURED, 12, "Gunmen killed 5 people and wounded 12."));

    @Test
    void wirePhrasingsOfTheDeadAndWounded() {
        for (Phrasing p : PHRASINGS) {
            assertEquals(p.count(), value(read(p.sentence(), p.language()), p.kind()), p.kind() + ": " + p.sentence());
        }
    }

    @Test
    void easternArabicDigits() {
        assertEquals(15, value(read("قتل ١٥ عنصرا من الشرطة", "ar"), CasualtyFigure.KILLED));
    }

    @Test
    void englishBoundsAndWords() {
        List<CasualtyFigure> f = read("A blast killed at least nine people and wounded twenty-three others on Monday.", "en");
        assertEquals(9, value(f, CasualtyFigure.KILLED));
        assertEquals(23, value(f, CasualtyFigure.INJURED));
        assertEquals("lower-bound", f.get(0).count().kind());
    }

    @Test
    void exactCountBeatsAVagueOne() {
        assertEquals(30, value(read("At least 30 people were killed and many more were wounded.", "en"), CasualtyFigure.KILLED));
    }

    @Test
    void frenchCountsBeforeTheVerbAddUp() {
        assertEquals(13, value(read("Six gendarmes et sept civils ont été tués dans l'embuscade.", "fr"), CasualtyFigure.KILLED));
    }

    @Test
    void subsetsAreNotAdded() {
        assertEquals(40, value(read("Au moins 40 personnes, dont 12 enfants, ont été tuées.", "fr"), CasualtyFigure.KILLED));
        // the counts joined inside the subset belong to it as well
        assertEquals(10, value(read("Ten people, including six army personnel and three traffic policemen, were killed in the blast.", "en"),
                CasualtyFigure.KILLED));
        assertEquals(20, value(read("قتل 20 شخصا بينهم خمسة أطفال وثلاث نساء في القصف", "ar"), CasualtyFigure.KILLED));
    }

    @Test
    void datesAndYearsAreNotVictims() {
        assertEquals(-1, value(read("The ceasefire signed on May 12, 2019 was broken.", "en"), CasualtyFigure.KILLED));
        assertEquals(4, value(read("Le 9 novembre, quatre civils avaient été tués au marché.", "fr"), CasualtyFigure.KILLED));
    }

    @Test
    void explicitlyNoCasualties() {
        List<CasualtyFigure> f = read("انفجرت عبوة ناسفة قرب دورية دون وقوع إصابات", "ar");
        assertEquals(0, value(f, CasualtyFigure.KILLED));
        assertEquals(0, value(f, CasualtyFigure.INJURED));
    }

    @Test
    void oneVictimNamedByAnArticle() {
        assertEquals(1, value(read("Gunmen killed a journalist outside his home.", "en"), CasualtyFigure.KILLED));
    }

    @Test
    void aSingularVerbWithNoCountIsOneVictim() {
        assertEquals(1, value(read("The activist was hacked to death as he walked home.", "en"), CasualtyFigure.KILLED));
        assertEquals(1, value(read("Selon des témoins, un étudiant aurait été blessé par balle.", "fr"), CasualtyFigure.INJURED));
        assertEquals(4, value(read("Two soldiers and two police officers were killed.", "en"), CasualtyFigure.KILLED));
    }

    @Test
    void anArticleJoinedToACountAddsOneButASubsetAddsNothing() {
        assertEquals(4, value(read("Police said three guards and a driver were killed.", "en"), CasualtyFigure.KILLED));
        assertEquals(5, value(read("The attack killed five people, including two children and one teacher.", "en"), CasualtyFigure.KILLED));
    }

    @Test
    void arabicDualsAndSingularNouns() {
        assertEquals(2, value(read("أسفرت عن قتيلين وجرح آخرين", "ar"), CasualtyFigure.KILLED));
        assertEquals(1, value(read("قتلت شابة بريطانية خلال المعارك", "ar"), CasualtyFigure.KILLED));
        // the victim noun may be the sentence's last word
        assertEquals(1, value(read("أدت الغارة على القرية إلى مقتل شاب", "ar"), CasualtyFigure.KILLED));
    }

    @Test
    void aJoiningPhraseAfterTheCasualtyWordAddsItsCount() {
        assertEquals(7, value(read("At least two guards were killed, the governor said, along with five gunmen.", "en"), CasualtyFigure.KILLED));
        assertEquals(1, value(read("وقال المتحدث إن مسلحا كان يحمل سكينا قد قتل بالرصاص", "ar"), CasualtyFigure.KILLED));
    }

    @Test
    void anInfinitiveReportsNoDeath() {
        assertEquals(-1, value(read("Des individus qui veulent tuer un policier ont été interpellés.", "fr"), CasualtyFigure.KILLED));
        assertEquals(3, value(read("Trois civils ont été tués et une femme a été tuée.", "fr"), CasualtyFigure.KILLED));
    }

    @Test
    void suicideAttackersCountedByTheirNounAreAmongTheDead() {
        assertEquals(2, value(read("Trois civils avaient été tués lors de l'attentat-suicide mené par deux femmes kamikazes.", "fr"),
                CasualtyFigure.ATTACKERS_KILLED));
        assertEquals(2, value(read("فجر انتحاريان نفسيهما قرب الحاجز", "ar"), CasualtyFigure.ATTACKERS_KILLED));
        // the count must name the bombers themselves
        assertEquals(-1, value(read("Two bombs carried by female suicide bombers were detonated.", "en"), CasualtyFigure.ATTACKERS_KILLED));
    }

    @Test
    void anArabicDualPersonNounCountsTwo() {
        assertEquals(2, value(read("قتل جنديان في كمين للحركة", "ar"), CasualtyFigure.KILLED));
        assertEquals(2, value(read("أسفرت الاشتباكات عن مقتل شخصين", "ar"), CasualtyFigure.KILLED));
        assertEquals(2, value(read("وقتل أيضا مدنيان", "ar"), CasualtyFigure.KILLED));
        assertEquals(2, value(read("وتوفي لاحقا فتاتان", "ar"), CasualtyFigure.KILLED), "a noun whose first letter is a conjunction's");
        assertEquals(-1, value(read("قتل مدنيين في القصف", "ar"), CasualtyFigure.KILLED),
                "-ين of a noun with a sound plural is also its plural: no count");
    }
}
