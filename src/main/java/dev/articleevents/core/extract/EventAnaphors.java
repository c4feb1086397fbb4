package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.lexicon.TsvResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases that point back at the event just told ("the violence", "الحادث"; lexicon/event-anaphors.tsv). */
public final class EventAnaphors {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = new HashMap<>();

    public EventAnaphors() {
        for (String[] row : TsvResource.rows("lexicon/event-anaphors.tsv", 2)) {
            byLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], Boolean.TRUE);
        }
    }

    public boolean present(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        return lexicon != null && !lexicon.findAll(tokens, from, to).isEmpty();
    }
}
