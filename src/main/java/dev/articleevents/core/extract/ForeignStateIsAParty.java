package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

/**
 * "The strikes France took part in", told in a story set in Syria: a foreign state named beside a strike or battle
 * is a party to it, not where it happened (lexicon/event-kinds.tsv "perpetrators").
 */
final class ForeignStateIsAParty implements Rule {
    @Override
    public String description() {
        return "a country named bare beside a strike or battle, other than the country the sentence is set in, is a party to it, not its place";
    }

    /** Whether {@code named} (the place nearest the event word) is such a state, given the sentence's context place. */
    boolean applies(PlaceMention named, EventKinds.Kind kind, PlaceMention context) {
        return named != null && named.specificity() == 1 && named.cueKind() == null && "perpetrators".equals(kind.statesNamed())
                && context != null && context.place() != null && !context.place().country().equals(named.place().country());
    }
}
