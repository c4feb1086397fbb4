package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.TsvResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases that point back at the event just told ("the violence", "الحادث"; lexicon/event-anaphors.tsv). */
public final class EventAnaphors {
    private final Map<String, PhraseLexicon<Boolean>> byLanguage = new HashMap<>();
    private final Map<String, java.util.Set<String>> determiners = new HashMap<>();
    private final Map<String, PhraseLexicon<Boolean>> afterCues = new HashMap<>();

    public EventAnaphors() {
        for (String[] row : TsvResource.rows("lexicon/event-anaphors.tsv", 3)) {
            if (row[1].equals("after")) {
                afterCues.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[2], Boolean.TRUE);
            } else if (row[1].equals("determiner")) {
                determiners.computeIfAbsent(row[0], k -> new java.util.HashSet<>())
                        .add(dev.articleevents.core.language.TextNormalizer.normalize(row[2]));
            } else {
                byLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[2], Boolean.TRUE);
            }
        }
    }

    /** Whether "this comes after" ends at most two words before {@code index}: the event word there is an earlier event. */
    public boolean earlierEventAt(List<Token> tokens, int index, int from, String language) {
        PhraseLexicon<Boolean> lexicon = afterCues.get(language);
        return lexicon != null && lexicon.findAll(tokens, Math.max(from, index - 6), index).stream()
                .anyMatch(m -> m.end() <= index && index - m.end() <= 2);
    }

    /** Whether the word before {@code index} marks the event word there as one already told ("the airstrike"). */
    public boolean definiteBefore(List<Token> tokens, int index, int from, String language) {
        java.util.Set<String> words = determiners.get(language);
        return words != null && index - 1 >= from && words.contains(tokens.get(index - 1).norm());
    }

    public boolean present(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<Boolean> lexicon = byLanguage.get(language);
        return lexicon != null && !lexicon.findAll(tokens, from, to).isEmpty();
    }
}
