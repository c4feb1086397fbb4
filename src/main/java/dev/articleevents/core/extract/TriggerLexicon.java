package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Event words per language and ACLED sub-event type (lexicon/triggers.tsv). */
public final class TriggerLexicon {
    private record Label(String eventType, String subEventType, double weight) {
        static final Label BLOCKED = new Label("-", "-", 0);
    }

    private final Map<String, PhraseLexicon<Label>> byLanguage = new HashMap<>();

    public TriggerLexicon() {
        for (String[] row : TsvResource.rows("lexicon/triggers.tsv", 5)) {
            byLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>())
                    .add(row[1], new Label(row[2], row[3], Double.parseDouble(row[4])));
        }
        for (String[] row : TsvResource.rows("lexicon/trigger-blockers.tsv", 2)) {
            byLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], Label.BLOCKED);
        }
    }

    /**
     * Longest non-overlapping triggers in [from, to); of equally long readings the surest wins. Blocking
     * phrases (lexicon/trigger-blockers.tsv) take part in the longest-match race and then yield nothing.
     */
    public List<Trigger> find(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<Label> lexicon = byLanguage.get(language);
        List<Trigger> out = new ArrayList<>();
        if (lexicon == null) {
            return out;
        }
        List<PhraseLexicon.Match<Label>> all = lexicon.findAll(tokens, from, to);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : Double.compare(b.value().weight(), a.value().weight()));
        int covered = from;
        for (PhraseLexicon.Match<Label> m : all) {
            if (m.start() < covered) {
                continue;
            }
            if (m.value() != Label.BLOCKED) {
                out.add(new Trigger(m.start(), m.end(), m.value().eventType(), m.value().subEventType(), m.value().weight()));
            }
            covered = m.end();
        }
        return out;
    }
}
