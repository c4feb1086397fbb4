package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * A sentence that neither dates, places nor counts what it tells ("suicide bombers slowed the advance") joins an
 * event as general talk: it says nothing about which incident it was, so it must not retype it.
 */
final class GeneralTalkKeepsKind implements Rule {
    @Override
    public String description() {
        return "general talk joining an event does not retype it, nor count as its surest word";
    }

    boolean keepsKind(Mention m) {
        return !m.anchored() && !m.headline();
    }
}
