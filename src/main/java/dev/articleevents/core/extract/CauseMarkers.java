package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Words naming the cause of casualties right before an event word (lexicon/casualty-causes.tsv): "killed in an air strike". */
public final class CauseMarkers {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = PhraseLexicon.perLanguage("lexicon/casualty-causes.tsv", 2, row -> Boolean.TRUE);

    /** Token positions in [from, to) that directly follow a cause word (or a cause word and an article). */
    public Set<Integer> causedAt(List<Token> tokens, int from, int to, String language) {
        Set<Integer> out = new HashSet<>();
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<Boolean> m : lexicon.findLongest(tokens, from, to)) {
                out.add(m.end());
            }
        }
        return out;
    }
}
