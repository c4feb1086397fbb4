package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verbs of saying (lexicon/reporting-verbs.tsv): "said in Washington", "a déclaré à Paris", "قال في بيروت" name
 * where someone spoke, which is often a bureau or a ministry rather than where anything happened.
 */
final class SpeechContext {
    /** How many words may stand between the verb and the name ("told reporters in Kabul"). */
    static final int REACH = 3;
    private final Map<String, PhraseLexicon<String>> verbs = PhraseLexicon.perLanguage("lexicon/reporting-verbs.tsv", 2, row -> row[1]);

    /** Token positions right after a verb of saying ends. */
    Set<Integer> afterVerbs(List<Token> tokens, String language) {
        Set<Integer> out = new HashSet<>();
        PhraseLexicon<String> lexicon = verbs.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<String> m : lexicon.findAll(tokens, 0, tokens.size())) {
                out.add(m.end());
            }
        }
        return out;
    }
}
