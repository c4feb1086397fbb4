package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * A sentence that neither dates, places nor counts what it tells ("suicide bombers slowed the advance") may join
 * an event of the article but is too thin to be one of its own.
 */
final class GeneralTalkStartsNoEvent implements Rule {
    @Override
    public String description() {
        return "a mention that gives no day, place or figure of its own joins an event but never starts one";
    }

    boolean starts(Mention m) {
        return m.anchored();
    }
}
