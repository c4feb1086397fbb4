package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * A weak word ("killed", "attack", "violence") says little about which kind of action it tells: it is the same
 * event as whatever shares its place and day, and so is a weakly typed event with a sure word.
 */
final class WeakWordJoinsAnyKind implements Rule {
    @Override
    public String description() {
        return "a weak event word joins an event of any kind at its place and day";
    }

    boolean joins(double groupWeight, Trigger word) {
        return word.weight() < MentionFinder.WEAK_WEIGHT || groupWeight < MentionFinder.WEAK_WEIGHT;
    }
}
