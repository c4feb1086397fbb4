package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.List;
import java.util.Map;

/**
 * Sentences about courts, accidents, threats or running totals (lexicon/non-event-cues.tsv): their event words are
 * not events. A sentence that opens by adding to a running total ("كما قتل 370 مقاتلا…" after "منذ بدء الهجوم…")
 * is a total too.
 */
public final class NonEventCues {
    private static final String ADDITIVE = "additive";
    private final Map<String, PhraseLexicon<String>> byLanguage = PhraseLexicon.perLanguage("lexicon/non-event-cues.tsv", 3, row -> row[2]);

    /**
     * What the cues of [from, to) say, read in one pass: {@code notAnEvent} — about courts, accidents, threats or
     * totals; {@code cumulative} — a running total ("since the start", "منذ بدء"); {@code addsToPrevious} — the
     * sentence opens by adding to the one before ("كما قتل…", "Also killed were…").
     */
    public record Reading(boolean notAnEvent, boolean cumulative, boolean addsToPrevious) {
    }

    public Reading read(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = byLanguage.get(language);
        boolean notAnEvent = false;
        boolean cumulative = false;
        boolean adds = false;
        if (lexicon != null) {
            for (PhraseLexicon.Match<String> m : lexicon.findAll(tokens, from, to)) {
                boolean additive = m.value().equals(ADDITIVE);
                notAnEvent |= !additive;
                cumulative |= m.value().equals("cumulative");
                adds |= additive && m.start() == from;
            }
        }
        return new Reading(notAnEvent, cumulative, adds);
    }
}
