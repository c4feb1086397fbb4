package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.lexicon.TsvResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sentences about courts, accidents or threats (lexicon/non-event-cues.tsv): their event words are not events. */
public final class NonEventCues {
    private final Map<String, PhraseLexicon<String>> byLanguage = new HashMap<>();

    public NonEventCues() {
        for (String[] row : TsvResource.rows("lexicon/non-event-cues.tsv", 3)) {
            byLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], row[2]);
        }
    }

    public boolean present(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = byLanguage.get(language);
        return lexicon != null && !lexicon.findAll(tokens, from, to).isEmpty();
    }
}
