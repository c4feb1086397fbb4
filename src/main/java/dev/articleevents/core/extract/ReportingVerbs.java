package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Verbs of saying (lexicon/reporting-verbs.tsv): a day named right after one dates the statement. */
public final class ReportingVerbs {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = PhraseLexicon.perLanguage("lexicon/reporting-verbs.tsv", 2, row -> Boolean.TRUE);

    /** How far after the verb the statement's day may stand: "أعلن الجيش الإسرائيلي الأحد", "said in a statement on Tuesday". */
    private static final int REACH = 4;

    /** Token positions where a verb of saying starts. */
    public Set<Integer> starts(List<Token> tokens, int from, int to, String language) {
        Set<Integer> out = new HashSet<>();
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<Boolean> m : lexicon.findLongest(tokens, from, to)) {
                out.add(m.start());
            }
        }
        return out;
    }

    /** Token positions up to {@value #REACH} words after a verb of saying. */
    public Set<Integer> positionsAfter(List<Token> tokens, int from, int to, String language) {
        Set<Integer> out = new HashSet<>();
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<Boolean> m : lexicon.findLongest(tokens, from, to)) {
                for (int k = m.end(); k < Math.min(to, m.end() + REACH); k++) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
