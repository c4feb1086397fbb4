package dev.articleevents.core.summarize;

import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceWeightsTest {
    private static Event event(double confidence, Span... evidence) {
        return new Event(new Event.Kind("Violence against civilians", "Attack"), null, null, List.of(), null,
                new Event.Basis(List.of(), List.of(evidence)), confidence, "");
    }

    /** The old way: every event's every span against the sentence. */
    private static double bruteForce(List<Event> events, Span sentence) {
        double best = 0;
        for (Event e : events) {
            for (Span s : e.evidence()) {
                if (s.start() < sentence.end() && sentence.start() < s.end()) {
                    best = Math.max(best, e.confidence());
                }
            }
        }
        return best;
    }

    @Test
    void overlapDecidesAndTheSurestEventWins() {
        List<Event> events = List.of(event(0.4, new Span(0, 50)), event(0.9, new Span(40, 60), new Span(200, 230)));
        EvidenceWeights w = new EvidenceWeights(events);
        assertEquals(0.9, w.weightOf(new Span(45, 80)));
        assertEquals(0.4, w.weightOf(new Span(10, 30)));
        assertEquals(0.0, w.weightOf(new Span(60, 200)), "spans that only touch do not overlap");
        assertEquals(0.9, w.weightOf(new Span(229, 300)));
        assertEquals(0.0, new EvidenceWeights(List.of()).weightOf(new Span(0, 10)));
    }

    @Test
    void sameAnswerAsComparingEverySpan() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < random.nextInt(6); e++) {
                List<Span> spans = new ArrayList<>();
                for (int k = 0; k <= random.nextInt(3); k++) {
                    int start = random.nextInt(500);
                    spans.add(new Span(start, start + 1 + random.nextInt(120)));
                }
                events.add(event(random.nextInt(10) / 10.0, spans.toArray(Span[]::new)));
            }
            EvidenceWeights w = new EvidenceWeights(events);
            for (int s = 0; s < 20; s++) {
                int start = random.nextInt(600);
                Span sentence = new Span(start, start + 1 + random.nextInt(150));
                assertEquals(bruteForce(events, sentence), w.weightOf(sentence), events + " / " + sentence);
            }
        }
    }
}
