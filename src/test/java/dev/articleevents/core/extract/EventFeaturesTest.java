package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Actor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each event feature on events made up for this test, and the packaged weights covering them. */
class EventFeaturesTest {
    private static EventDraft.Where place(String name, String resolution, Double confidence) {
        String kind = "country".equals(resolution) ? "country" : "city";
        Place p = new Place(1, name, "SY", null, new Place.Point(33.5, 36.3), new Place.Feature(kind, "country".equals(resolution) ? "PCLI" : "PPL"), 0);
        return new EventDraft.Where(new PlaceMention(0, 1, 0, name.length(), name, p, null, confidence), null, null);
    }

    private static EventCandidate event(String type, String date, EventDraft.Where where, Integer killed, double weight, String placeKey) {
        CasualtyFigure dead = killed == null ? null : new CasualtyFigure(CasualtyFigure.KILLED, new Count(killed, "exact", 0, 1), "killed", 0, 1);
        EventDraft d = new EventDraft(type, "Armed clash", new EventDraft.Day(date == null ? null : LocalDate.parse(date), null), where,
                List.of(new Actor("Military Forces of Syria", null, "participant")), new EventDraft.Casualties(dead, null, List.of()),
                List.of("SANA"), List.of());
        return new EventCandidate(d, new EventCandidate.Telling(weight, 3, 2 / 3.0, true, true, false, false, 0), 2, 0.1, placeKey,
                new EventCandidate.Sentences(java.util.Map.of("reaction", 1 / 3.0, "quoted", 1.0), 0.7),
                dev.articleevents.core.model.EventEvidence.NONE, List.of());
    }

    private static double feature(String name, EventCandidate c, List<EventCandidate> all) {
        int i = EventFeatures.names().indexOf(name);
        assertTrue(i >= 0, "no feature " + name);
        return EventFeatures.vector(c, all)[i];
    }

    @Test
    void whatTheMentionsSaid() {
        EventCandidate c = event("Battles", "2018-03-03", place("Douma", "gazetteer", 0.8), 5, 0.9, "g1");
        List<EventCandidate> one = List.of(c);
        assertEquals(0.9, feature("trigger-weight", c, one), 1e-9);
        assertEquals(Math.log(3) / Math.log(8), feature("mentions", c, one), 1e-9);
        assertEquals(2 / 3.0, feature("anchored-share", c, one), 1e-9);
        assertEquals(1, feature("date-stated", c, one));
        assertEquals(0, feature("date-vague", c, one));
        assertEquals(2 / 30.0, feature("days-before-publication", c, one), 1e-9);
        assertEquals(1, feature("place-stated", c, one));
        assertEquals(0, feature("headline", c, one));
        assertEquals(0, feature("continued", c, one));
        assertEquals(0.1, feature("position", c, one), 1e-9);
        assertEquals(0, feature("later-story", c, one));
    }

    @Test
    void whatTheEventRecordSays() {
        EventCandidate c = event("Battles", null, place("Syria", "country", null), 5, 0.9, "g1");
        List<EventCandidate> one = List.of(c);
        assertEquals(1, feature("date-vague", c, one));
        assertEquals(1, feature("country-only", c, one));
        assertEquals(1, feature("place-from-cue", c, one), "no scorer read the place");
        assertEquals(0, feature("place-confidence", c, one));
        assertEquals(1, feature("fatalities", c, one));
        assertEquals(0, feature("injured", c, one));
        assertEquals(1, feature("sources", c, one));
        assertEquals(1, feature("actors", c, one));
        assertEquals(1, feature("battles", c, one));
        assertEquals(0, feature("protests", c, one));
        EventCandidate placed = event("Riots", "2018-03-03", place("Douma", "gazetteer", 0.8), null, 0.9, "g1");
        assertEquals(0.8, feature("place-confidence", placed, List.of(placed)), 1e-9);
        assertEquals(1, feature("riots", placed, List.of(placed)));
    }

    @Test
    void anEventAmongTheArticlesOthers() {
        EventCandidate strong = event("Battles", "2018-03-03", place("Douma", "gazetteer", 0.8), 5, 0.9, "g1");
        EventCandidate weak = event("Violence against civilians", "2018-03-03", place("Douma", "gazetteer", 0.8), null, 0.5, "g1");
        EventCandidate elsewhere = event("Battles", "2018-03-03", place("Homs", "gazetteer", 0.8), null, 0.5, "g2");
        List<EventCandidate> all = List.of(strong, weak, elsewhere);
        assertEquals(1, feature("same-place-other-event", weak, all));
        assertEquals(0, feature("same-place-other-event", elsewhere, all));
        assertEquals(1, feature("surer-event-same-place-and-day", weak, all));
        assertEquals(0, feature("surer-event-same-place-and-day", strong, all));
        assertEquals(0, feature("article-events", strong, List.of(strong)));
        assertEquals(Math.log(3) / Math.log(16), feature("article-events", strong, all), 1e-9);
    }

    @Test
    void cuesAroundItsSentences() {
        EventCandidate c = event("Battles", "2018-03-03", place("Douma", "gazetteer", 0.8), 5, 0.9, "g1");
        assertEquals(1 / 3.0, feature("reaction-cue", c, List.of(c)), 1e-9);
        assertEquals(1, feature("quoted", c, List.of(c)));
        assertEquals(0, feature("background-cue", c, List.of(c)));
        assertEquals(0, feature("denial-cue", c, List.of(c)));
        assertEquals(0, feature("future-cue", c, List.of(c)));
        assertEquals(0.7, feature("event-sentence", c, List.of(c)), 1e-9, "the sentence scorer's likeliest sentence");
    }

    @Test
    void contextCuesAreReadPerSentenceAndQuotesPerEventWord() {
        String q = "He said: \"the strikes will go on\" after the strikes on Homs.";
        assertTrue(EventContextCues.quoted(q, 0, q.indexOf("strikes")));
        assertTrue(!EventContextCues.quoted(q, 0, q.lastIndexOf("strikes")));
        String ar = "وقال إن «الغارات ستتواصل» بعد الغارات";
        assertTrue(EventContextCues.quoted(ar, 0, ar.indexOf("الغارات")));
        assertTrue(!EventContextCues.quoted(ar, 0, ar.lastIndexOf("الغارات")));
        EventContextCues cues = new EventContextCues();
        String en = "The ministry condemned the attack, which it said would not go unpunished.";
        assertEquals(java.util.Set.of("reaction", "future"), cues.kinds(document(en, "en"), new dev.articleevents.core.model.Span(0, en.length())));
        String bg = "ونفت الحكومة وقوع الهجوم الذي قالت إنه حدث في العام الماضي";
        assertEquals(java.util.Set.of("denial", "background"), cues.kinds(document(bg, "ar"), new dev.articleevents.core.model.Span(0, bg.length())));
    }

    private static dev.articleevents.core.structure.ArticleDocument document(String text, String language) {
        return new dev.articleevents.core.structure.ArticleDocument(new dev.articleevents.core.structure.ArticleStructurer().structure(text),
                dev.articleevents.core.language.Tokenizer.tokenize(text), language, null);
    }

    @Test
    void thePackagedWeightsCoverEveryFeature() {
        EventScorer s = EventScorer.load(); // throws when a feature has no weight (weights older than the code)
        assertTrue(s.threshold() >= 0 && s.threshold() < 1, "threshold " + s.threshold());
        double p = s.probability(new double[EventFeatures.ALL.size()]);
        assertTrue(p > 0 && p < 1);
        assertThrows(IllegalArgumentException.class, () -> s.probability(new double[3]));
        assertEquals(0.5, EventScorer.untrained().probability(new double[EventFeatures.ALL.size()]), 1e-12);
    }

    @Test
    void aWeakerEventToldInTheSentenceOfASurerOne() {
        // "Clashes broke out after the airstrike on Douma": two events of one sentence
        EventCandidate strike = told(event("Explosions/Remote violence", "2018-03-03", place("Douma", "gazetteer", 0.8), 5, 0.95, "g1"),
                new dev.articleevents.core.model.Span(0, 50));
        EventCandidate clashes = told(event("Battles", "2018-03-03", place("Douma", "gazetteer", 0.8), null, 0.6, "g1"),
                new dev.articleevents.core.model.Span(0, 50), new dev.articleevents.core.model.Span(51, 90));
        EventCandidate apart = told(event("Battles", "2018-03-03", place("Homs", "gazetteer", 0.8), null, 0.6, "g2"),
                new dev.articleevents.core.model.Span(91, 140));
        List<EventCandidate> all = List.of(strike, clashes, apart);
        assertEquals(1, feature("surer-event-same-sentence", clashes, all));
        assertEquals(0, feature("surer-event-same-sentence", strike, all), "the surer one itself");
        assertEquals(0, feature("surer-event-same-sentence", apart, all), "no sentence shared");
    }

    private static EventCandidate told(EventCandidate c, dev.articleevents.core.model.Span... sentences) {
        EventDraft d = c.draft();
        EventDraft withEvidence = new EventDraft(d.eventType(), d.subEventType(), d.day(), d.where(), d.actors(), d.casualties(), d.sources(),
                List.of(sentences));
        return new EventCandidate(withEvidence, c.told(), c.daysBefore(), c.position(), c.placeKey(), c.sentences(), c.read(), c.tolls());
    }
}
