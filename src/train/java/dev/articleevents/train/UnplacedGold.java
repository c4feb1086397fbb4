package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * For a gold event that no reported event puts at its place: whether the reported events read any of the sentences the
 * annotation gives as its evidence, and whether a sentence they read names its place. Says whether such an event is
 * lost before the place is chosen (its sentences never read), to a place the read sentences do not hold, or to the
 * choice among places the engine had in hand. Names are compared as score.py compares them, by containment.
 */
enum UnplacedGold {
    READ_NAMED("an event reads one of its sentences, and that sentence names its place"),
    READ_NAMED_ELSEWHERE("an event reads one of its sentences; only another of its sentences names its place"),
    READ_UNNAMED("an event reads one of its sentences; none of its sentences names its place as written"),
    UNREAD("no event reads any of its sentences"),
    NO_EVIDENCE("the annotation gives no evidence sentences (the check set's do not)");

    /** How much of a sentence two texts must share at their start to be the same sentence. */
    private static final int SAME_SENTENCE_PREFIX = 60;

    final String meaning;

    UnplacedGold(String meaning) {
        this.meaning = meaning;
    }

    static UnplacedGold of(List<Event> reported, JsonNode gold, String text) {
        List<String> evidence = new ArrayList<>();
        JsonNode ev = gold.path("evidence");
        if (ev.isTextual()) {
            evidence.add(ev.asText());
        }
        for (JsonNode sentence : ev) {
            evidence.add(sentence.asText());
        }
        evidence.removeIf(String::isBlank);
        if (evidence.isEmpty()) {
            return NO_EVIDENCE;
        }
        List<String> names = placeNames(gold.path("location"));
        boolean read = false;
        for (Event e : reported) {
            for (Span s : e.evidence()) {
                String sentence = text.substring(Math.max(0, s.start()), Math.min(text.length(), s.end()));
                if (evidence.stream().anyMatch(g -> sameSentence(sentence, g))) {
                    read = true;
                    if (names(sentence, names)) {
                        return READ_NAMED;
                    }
                }
            }
        }
        if (!read) {
            return UNREAD;
        }
        return evidence.stream().anyMatch(g -> names(g, names)) ? READ_NAMED_ELSEWHERE : READ_UNNAMED;
    }

    private static List<String> placeNames(JsonNode location) {
        List<String> out = new ArrayList<>();
        for (String field : new String[]{"nameInText", "name"}) {
            String n = ScorerNames.norm(location.path(field).asText(null));
            if (!n.isBlank()) {
                out.add(n);
            }
        }
        return out;
    }

    /** An event's evidence span and an annotated sentence are one sentence when either holds the other's beginning. */
    static boolean sameSentence(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return y.contains(x.substring(0, Math.min(SAME_SENTENCE_PREFIX, x.length())))
                || x.contains(y.substring(0, Math.min(SAME_SENTENCE_PREFIX, y.length())));
    }

    private static boolean names(String sentence, List<String> names) {
        String norm = ScorerNames.norm(sentence);
        return names.stream().anyMatch(norm::contains);
    }
}
