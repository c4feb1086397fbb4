package dev.articleevents.core.extract;

import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.Map;

/**
 * Words before an actor's name that give its role in the event (lexicon/role-cues.tsv): "against X", "targeting X"
 * → target; "by X", "claimed by X", "تبناه X" → perpetrator. One table, built once, for the actor roles and for
 * typing an attack by who it hit.
 */
final class RoleCues {
    private static final Map<String, PhraseLexicon<String>> BY_LANGUAGE =
            PhraseLexicon.perLanguage("lexicon/role-cues.tsv", 3, row -> row[2]);

    private RoleCues() {
    }

    /** The cues of one language, each with its role ("target" or "perpetrator"); null for a language without any. */
    static PhraseLexicon<String> of(String language) {
        return BY_LANGUAGE.get(language);
    }
}
