package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/**
 * A loose word for what a surer word beside it tells ("blasts" beside "air strike") is that action, not one of its
 * own kind: each subclass names which words tell and which are loose beside them.
 */
abstract class VagueBesideSurer implements Rule {
    /** Below this weight an event word can be a loose word for what a surer one beside it tells ("blasts", "bombardment"). */
    static final double VAGUE_BELOW = 0.8;

    /** Whether {@code t} tells the action surely. */
    abstract boolean tells(Trigger t);

    /** Whether {@code t}, when loose, is a word for that action. */
    abstract boolean looseWordFor(Trigger t);

    /** {@code kept} without the loose words, when a telling word is there. */
    final List<Trigger> apply(List<Trigger> kept) {
        if (kept.stream().noneMatch(this::tells)) {
            return kept;
        }
        return kept.stream().filter(t -> !(looseWordFor(t) && t.weight() < VAGUE_BELOW)).toList();
    }
}
