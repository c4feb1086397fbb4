package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** An event must stand somewhere on the map: a group whose mentions name no place, and no context lends one, is dropped. */
final class NoPlaceNoEvent implements Rule {
    @Override
    public String description() {
        return "mentions that no place can be given to make no event";
    }

    boolean drops(MentionGroup g) {
        return g.place() == null;
    }
}
