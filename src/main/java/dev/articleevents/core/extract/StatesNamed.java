package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

import java.util.List;

/** The countries a sentence names, made actors of an event: each subclass says which events and as what. */
abstract class StatesNamed implements Rule {
    /**
     * Adds an actor ("Government of …", "Military Forces of …") for each country in {@code places} that no actor
     * covers yet, except {@code exceptCountry} (the country where the event happened), if given; whether any was added.
     */
    static boolean add(List<PlaceMention> places, String exceptCountry, String prefix, String kind, List<ActorMention> actors) {
        boolean added = false;
        for (PlaceMention p : places) {
            if (p.place() != null && p.place().isCountry() && !p.place().country().equals(exceptCountry)
                    && actors.stream().noneMatch(a -> a.canonical().endsWith(p.place().name()))) {
                actors.add(new ActorMention(p.start(), p.end(), prefix + CountryNames.afterOf(p.place().name()), kind, p.surface(), null));
                added = true;
            }
        }
        return added;
    }
}
