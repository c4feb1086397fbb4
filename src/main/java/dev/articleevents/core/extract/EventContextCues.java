package dev.articleevents.core.extract;

import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.ArticleDocument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sentence telling a mention says around it that makes a new event less likely (lexicon/event-context-cues.tsv:
 * background, reaction, denial, future, total, update), and whether the event word stands inside a quotation. Evidence for the
 * event scorer, never a rule by itself.
 */
final class EventContextCues {
    /** The kind a mention gets when its event word is quoted. */
    static final String QUOTED = "quoted";
    /** Running totals ("since", "so far", "منذ") and revised tolls ("rose to"): weighed by the toll scorer, not the event scorer. */
    static final String TOTAL = "total";
    static final String UPDATE = "update";
    /** The kinds whose share of an event's sentences the event scorer weighs (total and update are the toll scorer's, per sentence). */
    static final List<String> EVENT_KINDS = List.of("background", "reaction", "denial", "future", QUOTED);
    private final Map<String, PhraseLexicon<String>> byLanguage = PhraseLexicon.perLanguage("lexicon/event-context-cues.tsv", 3, row -> row[2]);

    /** The cue kinds of each mention's sentence, and "quoted" for a mention whose event word is in quotation marks. */
    Map<Mention, Set<String>> read(ArticleDocument doc, List<Mention> mentions) {
        Map<Span, Set<String>> bySentence = new HashMap<>();
        Map<Mention, Set<String>> out = new IdentityHashMap<>();
        for (Mention m : mentions) {
            Set<String> kinds = new HashSet<>(bySentence.computeIfAbsent(m.sentence(), s -> kinds(doc, s)));
            if (quoted(doc.text(), m.sentence().start(), m.triggerChar())) {
                kinds.add(QUOTED);
            }
            out.put(m, kinds);
        }
        return out;
    }

    /** The cue kinds of one sentence. */
    Set<String> kinds(ArticleDocument doc, Span sentence) {
        Set<String> kinds = new HashSet<>();
        PhraseLexicon<String> lexicon = byLanguage.get(doc.language());
        if (lexicon == null) {
            return kinds;
        }
        ArticleDocument.TokenRange words = doc.tokensOf(sentence);
        for (PhraseLexicon.Match<String> match : lexicon.findAll(doc.tokens(), words.from(), words.to())) {
            kinds.add(match.value());
        }
        return kinds;
    }

    /** Inside « », “ ” or straight double quotes opened between the sentence's start and the event word. */
    static boolean quoted(String text, int sentenceStart, int at) {
        int depth = 0;
        boolean straight = false;
        for (int i = Math.max(0, sentenceStart); i < Math.min(at, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }
}
