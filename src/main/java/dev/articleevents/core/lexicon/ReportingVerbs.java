package dev.articleevents.core.lexicon;


import dev.articleevents.core.language.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verbs of saying (lexicon/reporting-verbs.tsv): a day named right after one dates the statement (extract); a place
 * named a few words after one ("said in Paris") is where someone spoke (geo).
 */
public final class ReportingVerbs {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = PhraseLexicon.perLanguage("lexicon/reporting-verbs.tsv", 2, row -> Boolean.TRUE);

    /** How far after the verb the statement's day may stand: "أعلن الجيش الإسرائيلي الأحد", "said in a statement on Tuesday". */
    private static final int REACH = 4;

    /**
     * The verbs of saying in [from, to), read in one pass: {@code starts} — where each begins; {@code after} — the
     * positions up to {@value #REACH} words after each.
     */
    public record Sayings(Set<Integer> starts, Set<Integer> after) {
    }

    public Sayings find(List<Token> tokens, int from, int to, String language) {
        Set<Integer> starts = new HashSet<>();
        Set<Integer> after = new HashSet<>();
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<Boolean> m : lexicon.findLongest(tokens, from, to)) {
                starts.add(m.start());
                for (int k = m.end(); k < Math.min(to, m.end() + REACH); k++) {
                    after.add(k);
                }
            }
        }
        return new Sayings(starts, after);
    }

    /** Where each verb of saying of the text ends (the position of the word after it). */
    public Set<Integer> ends(List<Token> tokens, String language) {
        Set<Integer> ends = new HashSet<>();
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        if (lexicon != null) {
            for (PhraseLexicon.Match<Boolean> m : lexicon.findLongest(tokens, 0, tokens.size())) {
                ends.add(m.end());
            }
        }
        return ends;
    }
}
