package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** "Earlier this week" names no day: nothing but its kind ties such a mention to an event, so it joins only its kind. */
final class VagueDayJoinsOnlyItsKind implements Rule {
    @Override
    public String description() {
        return "a mention with a vague day (\"earlier this week\") joins only an event of its own kind or family";
    }

    /** @param strictlySameKind whether the mention's kind is the event's, or of its family */
    boolean keepsApart(Mention m, boolean strictlySameKind) {
        return m.vagueDate() && m.date() == null && !strictlySameKind;
    }
}
