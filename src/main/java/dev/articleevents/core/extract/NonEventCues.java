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

    /** Whether [from, to) is about courts, accidents, threats or totals. */
    public boolean present(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = byLanguage.get(language);
        return lexicon != null && lexicon.findAll(tokens, from, to).stream().anyMatch(m -> !m.value().equals(ADDITIVE));
    }

    /** Whether [from, to) gives a running total ("since the start", "منذ بدء"). */
    public boolean cumulative(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = byLanguage.get(language);
        return lexicon != null && lexicon.findAll(tokens, from, to).stream().anyMatch(m -> m.value().equals("cumulative"));
    }

    /** Whether the sentence opens by adding to the one before ("كما قتل…", "Also killed were…"). */
    public boolean addsToPrevious(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = byLanguage.get(language);
        return lexicon != null && lexicon.findAll(tokens, from, Math.min(to, from + 2)).stream()
                .anyMatch(m -> m.value().equals(ADDITIVE) && m.start() == from);
    }
}
