package dev.articleevents.core.extract;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How mentions become events: titles, pointers back ("the violence") and datelines. Sentences written for the test. */
class GroupingRulesTest {
    private static ArticleAnalyzer analyzer;
    /** Every event the grouping makes, none dropped: where a test pins how mentions group, not what the fitted scorer keeps. */
    private static ArticleAnalyzer keepingAll;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
        keepingAll = new ArticleAnalyzer(dev.articleevents.core.pipeline.StageObserver.NONE, EventScorer.untrained());
    }

    private static List<Event> events(String text, String published) {
        return events(analyzer, text, published);
    }

    private static List<Event> assembled(String text, String published) {
        return events(keepingAll, text, published);
    }

    private static List<Event> events(ArticleAnalyzer engine, String text, String published) {
        ArticleAnalysis a = engine.analyze(text.getBytes(StandardCharsets.UTF_8), ArticleMeta.of("text/plain; charset=utf-8", published));
        return a.events();
    }

    @Test
    void aTitleNamingOnlyTheCountryJoinsTheBodysEvent() {
        List<Event> found = events("""
                Airstrike kills 12 fighters in Somalia

                The military said on Tuesday that an airstrike hit a camp near the town of Jilib, killing 12 militants.
                """, "2019-01-31");
        assertEquals(1, found.size(), found.toString());
        Event e = found.get(0);
        assertEquals("Air/drone strike", e.subEventType());
        assertEquals("2019-01-29", e.date());
        assertEquals("Jilib", e.location().nameInText());
        assertEquals(12, e.fatalities());
    }

    @Test
    void anEventInANamedAreaIsReportedUnderItsNameAtItsEnclosingPlace() {
        List<Event> curated = events("""
                Shelling in Eastern Ghouta

                Government shelling killed seven civilians in Eastern Ghouta, Syria, on Monday, rescuers said.
                """, "2018-02-20");
        assertEquals(1, curated.size(), curated.toString());
        assertEquals("Eastern Ghouta", curated.get(0).location().name());
        assertEquals(2, curated.get(0).location().precision(), "a town inside the area gives the point");
        assertTrue(curated.get(0).location().lat() != null);
        List<Event> cued = events("قتل ثلاثة مدنيين الاثنين في قصف على جبل الزاوية بريف إدلب في سوريا.", "2020-02-18");
        assertEquals(1, cued.size(), cued.toString());
        assertEquals("جبل الزاوية", cued.get(0).location().nameInText());
        assertEquals("SY", cued.get(0).location().country());
        assertEquals(2, cued.get(0).location().precision());
    }

    @Test
    void theViolenceTookPlaceGivesTheDayAndPlaceOfTheEventJustTold() {
        List<Event> found = events("""
                Police convoy ambushed

                Gunmen ambushed a police convoy in western Mexico, killing ten officers, officials said.

                The violence took place on Monday in the municipality of Aguililla, in the state of Michoacan.
                """, "2015-05-22");
        assertEquals(1, found.size(), found.toString());
        assertEquals("2015-05-18", found.get(0).date());
        assertEquals("Aguililla", found.get(0).location().name());
        assertEquals("municipality of Aguililla", found.get(0).location().nameInText());
        assertEquals(10, found.get(0).fatalities());
    }

    /** FORMAT.md: a dateline names where the report was filed; the event is there only when the text says so. */
    @Test
    void aDatelineAloneGivesTheCountryNotTheCity() {
        List<Event> found = events("""
                Bus bombing

                KABUL, Afghanistan — A bomb exploded next to a bus on Sunday, killing four passengers, police said.
                """, "2016-03-08");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Afghanistan", found.get(0).location().name());
        assertEquals("2016-03-06", found.get(0).date());
        List<Event> cityOnly = events("""
                Bus bombing

                NAIROBI — A bomb exploded next to a bus on Sunday, killing four passengers, police said.
                """, "2016-03-08");
        assertEquals("Kenya", cityOnly.get(0).location().name(), cityOnly.toString());
    }

    @Test
    void aDatelineCityNamedAgainForTheEventIsItsPlace() {
        List<Event> found = events("""
                Bus bombing

                KABUL, Afghanistan (AP) — A bomb exploded next to a bus in Kabul on Sunday, killing four passengers, police said.
                """, "2016-03-08");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Kabul", found.get(0).location().name());
    }

    @Test
    void aBureauCityIsNotWhereTheStrikesWere() {
        List<Event> en = events("""
                Strikes in Libya

                PARIS (Reuters) - Air strikes hit Islamic State positions in Sirte on Monday, the defence ministry said.
                """, "2016-03-08");
        assertEquals(List.of("Sirte"), en.stream().map(e -> e.location().name()).toList(), en.toString());
        List<Event> ar = events("""
                غارات على سرت

                القاهرة، مصر (CNN)-- شنت طائرات حربية غارات جوية على مواقع لتنظيم داعش في مدينة سرت في ليبيا الاثنين.
                """, "2016-03-08");
        // (the town's country is named, as Arabic wire copy does: named only in the title and once bare, Sirte sat
        // at the place scorer's threshold, 0.202 before the refit of 2026-12-07 and 0.185 after it)
        assertEquals(List.of("Sirte"), ar.stream().map(e -> e.location().name()).toList(), ar.toString());
    }

    @Test
    void laVeilleCountsFromTheDateToldBefore() {
        List<Event> found = events("""
                Mali : deux attaques

                Cinq soldats ont été tués lundi dans l'explosion d'une mine artisanale près de Gao.

                La veille, trois soldats avaient été tués dans une attaque contre le camp de l'armée à Tessalit.
                """, "2022-04-29");
        Event camp = found.stream().filter(e -> "Tessalit".equals(e.location().nameInText())).findFirst().orElseThrow();
        assertEquals("2022-04-24", camp.date());
        assertEquals(3, camp.fatalities());
    }

    @Test
    void aForeignStateNamedBesideAStrikeIsNotItsPlace() {
        List<Event> found = events("""
                Strikes on Syria

                Missiles hit a research centre in Damascus on Saturday.

                The strikes carried out by France were announced by the president on Saturday.
                """, "2018-04-14");
        assertEquals(List.of("Damascus"), found.stream().map(e -> e.location().name()).distinct().toList());
    }

    @Test
    void placesJoinedByAndAreOneEventEach() {
        List<Event> found = events("""
                Strike in the north

                Workers went on a general strike on Monday in Mandya and Mysuru to protest against the ruling.
                """, "2016-09-13");
        assertEquals(List.of("Mandya", "Mysuru"), found.stream().map(e -> e.location().nameInText()).toList());
    }

    @Test
    void theStrikeJustToldIsDatedByItsOwnDayNotTheDayItWasAnnounced() {
        List<Event> found = events("""
                Army strikes kill 9

                Nine militants were killed in air strikes in the centre of the country, the army said on Friday.

                The strikes were carried out on Wednesday near the village of Boni.
                """, "2022-04-29");
        assertEquals(1, found.size(), found.toString());
        assertEquals("2022-04-27", found.get(0).date());
        assertEquals("Boni", found.get(0).location().name());
        assertEquals("village of Boni", found.get(0).location().nameInText());
        assertEquals(9, found.get(0).fatalities());
    }

    @Test
    void suicideAttackersAreCountedAmongTheDeadAndTotalsAreNotAnEventsToll() {
        List<Event> found = events("""
                Attentat à Kolofata

                Trois civils ont été tués samedi à Kolofata, où deux kamikazes se sont fait exploser près du marché.

                Au total, plus de 200 personnes ont péri dans une trentaine d'attentats depuis le mois de juillet.
                """, "2015-11-22");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Suicide bomb", found.get(0).subEventType());
        assertEquals(5, found.get(0).fatalities());
    }

    @Test
    void theSameWordAimedAtTwoPlacesIsTwoEvents() {
        List<Event> found = events("""
                Strikes in Idlib

                On Friday 64 civilians were killed by air strikes in Saraqib, and 11 died in air strikes in Khan Shaykhun.
                """, "2018-03-17");
        assertEquals(2, found.size(), found.toString());
        assertEquals(List.of(64, 11), found.stream().map(Event::fatalities).toList());
    }

    @Test
    void anAttackIsTypedByWhatItHit() {
        List<Event> hotel = events("""
                Kabul attack

                Gunmen attacked a hotel in Kabul on Monday, killing five guests, police said.
                """, "2015-05-19");
        assertEquals("Violence against civilians", hotel.get(0).eventType(), hotel.toString());
        List<Event> post = events("""
                Kabul attack

                Gunmen attacked an army post in Kandahar on Monday, killing five soldiers, police said.
                """, "2015-05-19");
        assertEquals("Armed clash", post.get(0).subEventType(), post.toString());
    }

    @Test
    void whatAStrikeComesAfterIsNoNewEventWithoutADayOfItsOwn() {
        List<Event> found = events("""
                Gaza strike

                Israeli jets carried out an air strike on a Hamas post in Gaza on Saturday.

                This comes after a roadside bomb exploded near the border fence.
                """, "2018-03-18");
        assertEquals(List.of("Air/drone strike"), found.stream().map(Event::subEventType).toList());
    }

    @Test
    void suffocationToldWithAStrikeIsItsCasualtiesNotAChemicalAttack() {
        List<Event> found = events("""
                Strike on Douma

                Monitors recorded 12 cases of suffocation in Douma on Monday after an air strike on the town.
                """, "2018-03-06");
        assertEquals(List.of("Air/drone strike"), found.stream().map(Event::subEventType).toList(), found.toString());
        assertEquals(12, found.get(0).injured());
        List<Event> gas = events("""
                Gas attack on Douma

                Monitors recorded 12 cases of suffocation in Douma on Monday after a chlorine gas attack on the town.
                """, "2018-03-06");
        assertEquals(List.of("Chemical weapon"), gas.stream().map(Event::subEventType).toList(), gas.toString());
    }

    @Test
    void anEarlierAttackToldByItsMonthIsAnEventOfItsOwnAndOneLongPastIsBackground() {
        List<Event> found = events("""
                Bomb in Aden

                A suicide bomber blew up a car at a police post in Aden on Tuesday, killing three policemen.

                In February, another suicide attack on a police headquarters in Aden killed 12 people.

                In September 2014 rebels seized Sanaa after heavy clashes in the city.
                """, "2018-03-13");
        assertEquals(2, found.size(), found.toString());
        assertEquals("2018-03-13", found.get(0).date());
        assertEquals(3, found.get(0).fatalities());
        assertEquals(null, found.get(1).date());
        assertEquals(12, found.get(1).fatalities());
    }

    @Test
    void anAttackWhoseAuthorIsNotNamedIsByAnUnidentifiedArmedGroup() {
        List<Event> found = events("""
                Bomb kills two in Mogadishu

                A roadside bomb killed two civilians in Mogadishu, Somalia, on Monday, police said.
                """, "2019-01-29");
        assertEquals("perpetrator", found.get(0).actors().stream()
                .filter(a -> a.name().equals("Unidentified Armed Group (Somalia)")).findFirst().map(a -> a.role()).orElse(found.toString()));
    }

    @Test
    void aSentenceAddingToARunningTotalIsPartOfTheTotal() {
        List<Event> found = events("""
                Afrin fighting

                Turkish forces clashed with Kurdish fighters on the edge of Afrin in northern Syria on Saturday, monitors said.

                Since the start of the offensive, the monitor has recorded the deaths of more than 200 civilians in the region. Ankara denies targeting civilians.

                Also killed were more than 370 Kurdish fighters and about 340 pro-Turkish rebels, the monitor said.
                """, "2018-03-10");
        assertEquals(1, found.size(), found.toString());
        assertEquals(null, found.get(0).fatalities(), found.toString());
        assertEquals("Afrin", found.get(0).location().nameInText(), found.toString());
    }

    @Test
    void aDeathGoesToTheEventNamedAsItsCause() {
        List<Event> found = events("""
                مقتل متطوعة في عفرين

                قتلت شابة بريطانية خلال مشاركتها بالمعارك إثر قصف تركي على جبهات مدينة عفرين في شمال سوريا الخميس.
                """, "2018-03-19");
        Event shelling = found.stream().filter(e -> e.subEventType().startsWith("Shelling")).findFirst().orElseThrow();
        assertEquals(1, shelling.fatalities(), found.toString());
        assertTrue(found.stream().filter(e -> e != shelling).allMatch(e -> e.fatalities() == null), found.toString());
    }

    @Test
    void theDeadOfBothSidesToldApartAddUpButOneSideNamedTwiceDoesNot() {
        List<Event> found = events("""
                Attaque au Mali

                Des jihadistes ont attaqué un camp militaire à Sévaré, au Mali, mardi: onze soldats ont été tués.

                Onze assaillants ont aussi été tués dans les combats.
                """, "2022-04-27");
        assertEquals(1, found.size(), found.toString());
        assertEquals(22, found.get(0).fatalities(), found.toString());
        List<Event> same = events("""
                Airstrike kills 12 militants in Somalia

                The military said on Tuesday that an airstrike hit a camp near the town of Jilib, killing 12 fighters.
                """, "2019-01-31");
        assertEquals(12, same.get(0).fatalities(), same.toString());
    }

    @Test
    void theArmyAndTheCountrysSoldiersAreOneSideOfAFight() {
        List<Event> found = events("""
                Attaque au Mali

                Mardi, onze soldats maliens ont été tués dans une attaque contre un camp de l'armée à Sévaré, au Mali. Les terroristes ont été repoussés.
                """, "2022-04-27");
        Event clash = found.stream().filter(e -> e.subEventType().equals("Armed clash")).findFirst().orElseThrow();
        assertTrue(clash.actors().stream().anyMatch(a -> a.name().equals("Unidentified Armed Group (Mali)")), clash.toString());
    }

    @Test
    void comingToControlIsATakeoverButWhoHoldsAPlaceIsNot() {
        List<Event> gain = events("""
                سوريا: تقدم للجيش

                وباتت قوات النظام السوري الأحد تسيطر على أكثر من ربع بلدة حمورية في ريف دمشق.
                """, "2018-03-05");
        assertEquals(List.of("Government regains territory"), gain.stream().map(Event::subEventType).toList(), gain.toString());
        List<Event> held = events("""
                غارة على غزة

                شنت مقاتلات إسرائيلية السبت غارة على موقع لحركة حماس التي تسيطر على قطاع غزة.
                """, "2018-03-18");
        assertEquals(List.of("Air/drone strike"), held.stream().map(Event::subEventType).toList(), held.toString());
    }

    @Test
    void aBombardmentToldWithAnAirStrikeIsTheStrike() {
        List<Event> found = events("""
                Barrel bombs on Douma

                On Monday air strikes hit Douma in Syria, where ten people were killed in a new bombardment with barrel bombs.
                """, "2018-03-05");
        assertEquals(List.of("Air/drone strike"), found.stream().map(Event::subEventType).toList(), found.toString());
        assertEquals(10, found.get(0).fatalities());
    }

    @Test
    void aBareTollAfterAnEventSentenceIsThatEventsAndTwoJoinedEventWordsAreTwoEvents() {
        List<Event> found = assembled("""
                Kano attack

                Explosions and gunfire rocked the central market of Kano, Nigeria, on Friday. At least five civilians were killed, officials said, along with two assailants.
                """, "2016-01-16");
        assertEquals(List.of("Remote explosive/landmine/IED", "Armed clash"), found.stream().map(Event::subEventType).toList(), found.toString());
        assertEquals(7, found.get(0).fatalities(), found.toString());
        assertEquals(null, found.get(1).fatalities(), found.toString());
    }

    @Test
    void aPastAgreementDoesNotJoinAndDateTodaysUndatedOne() {
        List<Event> found = events("""
                اتفاق إدلب

                أعلنت فصائل المعارضة في مدينة حلب السورية موافقتها على الاتفاق، بحسب المرصد السوري.

                وكان اتفاق وقف النار الموقع في 4 أيار/مايو 2017 قد شمل الجمهورية العربية السورية.
                """, "2018-09-30");
        assertEquals(List.of("Agreement"), found.stream().map(Event::subEventType).toList(), found.toString());
        assertEquals("حلب", found.get(0).location().nameInText(), found.toString());
    }

    @Test
    void anEndToTheFightingIsNoBattle() {
        List<Event> found = events("""
                Ceasefire in Colombia

                The government and the rebels signed a ceasefire agreement in Havana, Cuba, on Sunday. It is the first in which both sides have committed to a definitive end to the fighting.
                """, "2016-08-29");
        assertEquals(List.of("Agreement"), found.stream().map(Event::subEventType).toList(), found.toString());
    }

    @Test
    void anArabicAgentRightAfterTheVerbIsNotTheTargetAndAnUndatedStormingIsAnEventOfItsOwn() {
        List<Event> found = assembled("""
                ليبيا: توتر في طرابلس

                وفي وقت سابق من هذا الشهر، اندلعت اشتباكات بين الجماعات المسلحة في طرابلس بليبيا.

                واقتحمت مجموعة مسلحة مقر شركة النفط في طرابلس في بداية الأسبوع الجاري.
                """, "2018-09-12");
        assertEquals(List.of("Armed clash", "Attack"), found.stream().map(Event::subEventType).toList(), found.toString());
    }

    @Test
    void theTermsOfAnAgreementAreNoAttack() {
        List<Event> found = events("""
                اتفاق إدلب

                أعلنت روسيا وتركيا التوصل إلى اتفاق حول إدلب في مدينة سوتشي الروسية الاثنين.

                وينص الاتفاق على سحب جميع الدبابات والمدفعية ومدافع الهاون من المنطقة منزوعة السلاح في إدلب بسوريا بحلول 10 أكتوبر 2018.
                """, "2018-09-18");
        assertEquals(List.of("Agreement"), found.stream().map(Event::subEventType).toList(), found.toString());
    }

    @Test
    void theCapitalNamedWithoutItsNameIsTheStorysCapital() {
        List<Event> found = assembled("""
                Tripoli airport hit

                A rocket attack hit the airport of Tripoli, Libya, on Tuesday.

                Last week the United Nations announced a truce between the warring militias in the capital.
                """, "2018-09-12");
        assertEquals(List.of("Shelling/artillery/missile attack", "Agreement"), found.stream().map(Event::subEventType).toList(), found.toString());
        assertEquals("Tripoli", found.get(1).location().nameInText());
    }

    @Test
    void whoSaysWhatHappenedIsNotOneOfItsSides() {
        List<Event> found = events("""
                Bus bomb in Quetta

                A bomb hit a bus in Quetta, Pakistan, on Monday, killing six passengers, police and hospital officials said.
                """, "2019-01-29");
        assertEquals(List.of("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"),
                found.get(0).actors().stream().map(a -> a.name()).sorted(java.util.Comparator.reverseOrder()).toList(), found.toString());
    }

    /** ACLED: demonstrators who clash with the police or throw stones make a riot; the police's riot squad does not. */
    @Test
    void aProtestToldBesideDemonstratorsViolenceIsARiot() {
        List<Event> violent = events("Thousands of protesters marched in Lyon on Saturday and clashed with police, hurling stones at officers.",
                "2019-03-18");
        assertEquals(1, violent.size(), violent.toString());
        assertEquals("Riots", violent.get(0).eventType());
        assertEquals("Violent demonstration", violent.get(0).subEventType());
        List<Event> arabic = events("تظاهر مئات في مدينة البصرة الأحد ورشق المحتجون قوات الأمن بالحجارة.", "2018-07-16");
        assertEquals(1, arabic.size(), arabic.toString());
        assertEquals("Riots", arabic.get(0).eventType());
        List<Event> french = events("Des milliers de manifestants ont défilé samedi à Bordeaux, où des heurts ont éclaté avec la police.", "2019-01-07");
        assertEquals(1, french.size(), french.toString());
        assertEquals("Riots", french.get(0).eventType());
        List<Event> peaceful = events("""
                Teachers rally in Lyon

                Thousands of teachers marched peacefully in Lyon on Saturday as riot police watched.
                """, "2019-03-18");
        assertEquals(1, peaceful.size(), peaceful.toString());
        assertEquals("Protests", peaceful.get(0).eventType());
    }
}
