package dev.articleevents.core.extract;

import java.util.Map;
import java.util.Set;

/**
 * What each mention's sentence reads like, as the grouping, the drafter and the toll scorer ask it: the cue kinds
 * around it ({@link EventContextCues}) and how likely it reports an event ({@link EventSentenceScorer}).
 */
record MentionSentences(Map<Mention, Set<String>> cues, Map<Mention, Double> scores) {

    Set<String> cuesOf(Mention m) {
        return cues.getOrDefault(m, Set.of());
    }

    /** 0 for a mention no sentence score was read for. */
    double scoreOf(Mention m) {
        return scores.getOrDefault(m, 0.0);
    }
}
