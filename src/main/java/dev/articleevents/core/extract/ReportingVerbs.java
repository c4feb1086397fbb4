package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.lexicon.TsvResource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Verbs of saying (lexicon/reporting-verbs.tsv): a day named right after one dates the statement. */
public final class ReportingVerbs {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = new HashMap<>();

    public ReportingVerbs() {
        for (String[] row : TsvResource.rows("lexicon/reporting-verbs.tsv", 2)) {
            byLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], Boolean.TRUE);
        }
    }

    /** Token positions right after a verb of saying (and one word further: "said on Tuesday"). */
    public Set<Integer> positionsAfter(List<Token> tokens, int from, int to, String language) {
        Set<Integer> out = new HashSet<>();
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<Boolean> m : lexicon.findLongest(tokens, from, to)) {
                out.add(m.end());
                out.add(m.end() + 1);
            }
        }
        return out;
    }
}
