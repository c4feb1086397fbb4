package dev.articleevents.core.extract;

import dev.articleevents.core.language.Joiners;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.rules.Rule;

import java.util.List;

/** "Explosions and gunfire rocked the centre": a weak event word joined by "and" to another names a second action. */
final class JoinedToAnother implements Rule {
    @Override
    public String description() {
        return "a weak event word joined by \"and\" to a word of another kind is an action of its own, kept beside the surer word";
    }

    boolean joined(Trigger t, List<Trigger> found, List<Token> tokens) {
        for (Trigger other : found) {
            if (other == t || other.subEventType().equals(t.subEventType())) {
                continue;
            }
            int gapStart = other.end() <= t.start() ? other.end() : t.end();
            int gapEnd = other.end() <= t.start() ? t.start() : other.start();
            if (gapEnd - gapStart == 1 && Joiners.isAnd(tokens.get(gapStart).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Joined to a surer word, a weak one is an action of its own, as sure as a word that needs no other. */
    Trigger asOwnAction(Trigger t) {
        return new Trigger(t.start(), t.end(), t.eventType(), t.subEventType(), MentionFinder.WEAK_WEIGHT);
    }
}
