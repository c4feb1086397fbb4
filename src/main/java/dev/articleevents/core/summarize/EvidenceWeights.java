package dev.articleevents.core.summarize;

import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How strongly a sentence is evidence of an extracted event: the highest confidence among the events whose
 * evidence overlaps it. The evidence spans are sorted once, so each sentence looks only at the spans that
 * can reach it (asking every event for every sentence grew with the square of a long article).
 */
final class EvidenceWeights {
    private record Evidence(int start, int end, double confidence) {
    }

    private final Evidence[] byStart;
    private final int[] starts;
    private final int longest;

    EvidenceWeights(List<Event> events) {
        List<Evidence> all = new ArrayList<>();
        int max = 0;
        for (Event e : events) {
            for (Span span : e.evidence()) {
                all.add(new Evidence(span.start(), span.end(), e.confidence()));
                max = Math.max(max, span.end() - span.start());
            }
        }
        byStart = all.toArray(Evidence[]::new);
        Arrays.sort(byStart, Comparator.comparingInt(Evidence::start));
        starts = Arrays.stream(byStart).mapToInt(Evidence::start).toArray();
        longest = max;
    }

    double weightOf(Span sentence) {
        int i = Arrays.binarySearch(starts, sentence.end());
        // the first span starting at or after the sentence's end; all before it start inside or before it
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && starts[i - 1] == sentence.end()) {
                i--;
            }
        }
        double best = 0;
        for (int k = i - 1; k >= 0 && starts[k] > sentence.start() - longest - 1; k--) {
            if (byStart[k].end() > sentence.start()) {
                best = Math.max(best, byStart[k].confidence());
            }
        }
        return best;
    }
}
