package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.Map;

/**
 * "The violence took place on Friday in X", "these strikes": a sentence that continues the event just told is
 * part of that event, whatever its own words would compare like (it gives that event its day and place).
 */
final class AnaphorJoinsEventJustTold implements Rule {
    @Override
    public String description() {
        return "a sentence continuing the event just told (\"the violence took place…\") joins that event";
    }

    /** The index of the group holding the mention this one continues, or null. */
    Integer home(Mention m, Map<Mention, Integer> groupOf) {
        return m.follows() != null ? groupOf.get(m.follows()) : null;
    }
}
