package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.List;
import java.util.Map;

/** "في العاصمة", "in the capital" (lexicon/capital-words.tsv): the capital named without its name. */
public final class CapitalWords {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = PhraseLexicon.perLanguage("lexicon/capital-words.tsv", 2, row -> Boolean.TRUE);

    public boolean present(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        return lexicon != null && !lexicon.findAll(tokens, from, to).isEmpty();
    }
}
