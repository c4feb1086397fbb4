package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.Objects;

/**
 * ACLED's event: one kind of action, at one place, on one day. The same incident told by AP and AFP is one event
 * with two casualty reports; a place or day that either side leaves unknown does not keep them apart.
 */
final class SamePlaceDaySameEvent implements Rule {
    @Override
    public String description() {
        return "mentions of one kind at the same place on the same day are one event";
    }

    /** @param placeKey the mention's {@link EventAssembler#placeKey} */
    boolean samePlace(MentionGroup g, Mention m, String placeKey) {
        return g.place() == null || m.place() == null || g.placeKey().equals(placeKey);
    }

    boolean sameDay(MentionGroup g, Mention m) {
        Mention dated = g.dated();
        return !dated.dateKnown() || !m.dateKnown() || Objects.equals(dated.date(), m.date());
    }
}
