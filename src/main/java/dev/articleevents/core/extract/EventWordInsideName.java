package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/** "Hay'at Tahrir al-Sham", "Liberation Army": an event word inside a longer actor's name names a group, not an action. */
final class EventWordInsideName implements Rule {
    @Override
    public String description() {
        return "an event word inside a longer actor name (\"Liberation Army\") names a group, not an action: no mention";
    }

    boolean inside(Trigger t, List<ActorMention> actors) {
        return actors.stream().anyMatch(a -> a.start() <= t.start() && t.end() <= a.end() && a.end() - a.start() > t.end() - t.start());
    }
}
