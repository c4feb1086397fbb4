package dev.articleevents.core.extract;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.model.Event;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference article (published 2016-08-02) yields its five required events. */
class SeedEventsTest {
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyze() {
        analysis = new ArticleAnalyzer().analyze(TestFiles.seed(), ArticleMeta.of("text/plain; charset=utf-8", "2016-08-02"));
        ContractSchema.assertValid(AnalysisJson.write(analysis));
    }

    private static Event only(String subType, String date, String place) {
        List<Event> found = analysis.events().stream()
                .filter(e -> e.subEventType().equals(subType) && date.equals(e.date()) && place.equals(e.location().name()))
                .toList();
        assertEquals(1, found.size(), "one " + subType + " on " + date + " at " + place + " in " + digests());
        return found.get(0);
    }

    private static List<String> digests() {
        return analysis.events().stream().map(Event::digest).toList();
    }

    @Test
    void benghaziBombingIsOneEventWithBothAgencies() {
        Event e = only("Suicide bomb", "2016-08-02", "Benghazi");
        assertEquals("Explosions/Remote violence", e.eventType());
        assertEquals("LY", e.location().country());
        assertEquals(23, e.fatalities());
        assertTrue(e.sources().containsAll(List.of("AP", "AFP")), e.sources().toString());
        assertEquals(2, e.casualtyReports().stream().filter(r -> r.fatalities() != null).count(), e.casualtyReports().toString());
        assertTrue(e.casualtyReports().stream().anyMatch(r -> "AFP".equals(r.source()) && Integer.valueOf(15).equals(r.fatalities())));
        assertTrue(e.actors().stream().anyMatch(a -> a.name().equals("Benghazi Revolutionaries Shura Council")));
        assertTrue(e.digest().startsWith("2016-08-02 · Benghazi, LY · Suicide bomb · 23 killed (AP; AFP: 15)"), e.digest());
    }

    @Test
    void aGazetteerPlaceCarriesTheScorersConfidence() {
        // Benghazi in a Libyan article, named with Sirte and Libya: a likely place, but a probability, not a certainty
        Double confidence = only("Suicide bomb", "2016-08-02", "Benghazi").location().confidence();
        assertNotNull(confidence);
        assertTrue(confidence > 0.5 && confidence < 1, confidence.toString());
    }

    @Test
    void airStrikesOnSirteOnTuesdayAndMonday() {
        Event tuesday = only("Air/drone strike", "2016-08-02", "Sirte");
        assertTrue(tuesday.actors().stream().anyMatch(a -> a.name().equals("Military Forces of the United States")));
        only("Air/drone strike", "2016-08-01", "Sirte");
    }

    @Test
    void governmentForcesTakeTheDistrict() {
        Event e = only("Government regains territory", "2016-08-02", "Sirte");
        assertEquals("Battles", e.eventType());
    }

    @Test
    void mondayClashesKillFiveAndWoundSeventeen() {
        Event e = only("Armed clash", "2016-08-01", "Sirte");
        assertEquals(5, e.fatalities());
        assertEquals(17, e.injured());
        assertNotNull(e.location().sublocation());
        assertTrue(e.location().sublocation().contains("الدولار"), e.location().sublocation());
    }

    @Test
    void backgroundIsNotAnEvent() {
        // the operation's totals since 12 May and Obama's statement are background
        assertFalse(analysis.events().stream().anyMatch(e -> Integer.valueOf(300).equals(e.fatalities())), digests().toString());
        assertTrue(analysis.events().stream().allMatch(e -> e.date() == null || e.date().compareTo("2016-07-03") > 0), digests().toString());
    }

    @Test
    void noPlaceIsAnOrdinaryWord() {
        for (Event e : analysis.events()) {
            assertTrue(List.of("LY").contains(e.location().country()), e.digest());
        }
    }

    @Test
    void oneStrayByteChangesNoEvent() {
        byte[] clean = TestFiles.seed();
        byte[] damaged = new byte[clean.length + 1];
        int at = new String(clean, java.nio.charset.StandardCharsets.UTF_8).indexOf("\n\n") + 1;
        at = new String(clean, java.nio.charset.StandardCharsets.UTF_8).substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.arraycopy(clean, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(clean, at, damaged, at + 1, clean.length - at);
        ArticleAnalysis d = new ArticleAnalyzer().analyze(damaged, ArticleMeta.of("text/plain", "2016-08-02"));
        assertEquals("ar", d.language());
        assertEquals(digests(), d.events().stream().map(Event::digest).toList());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("1 invalid byte sequence")), d.warnings().toString());
    }
}
