package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * A place borrowed from the context says little: a mention whose sentence named no town of its own (or an event
 * no sentence placed itself) belongs with the event of its kind in the same country.
 */
final class BorrowedPlaceJoinsCountry implements Rule {
    @Override
    public String description() {
        return "a mention or event whose place came from the context joins by country, not by town";
    }

    boolean joins(MentionGroup g, Mention m) {
        boolean borrowed = !m.placeStated() || !g.anyPlaceStated();
        return borrowed && g.sameCountry(m);
    }
}
