package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;

import java.util.List;

/** "Strikes carried out by the United States, France and Britain": states named beside a strike abroad carry it out. */
final class StatesNamedArePerpetrators extends StatesNamed {
    @Override
    public String description() {
        return "the countries named beside a strike or battle (event-kinds.tsv \"perpetrators\"), other than where it happened, are its perpetrators";
    }

    /** Adds the perpetrators to {@code actors} for an event at {@code place}; whether any was added. */
    boolean addTo(EventKinds.Kind kind, PlaceMention place, List<PlaceMention> places, List<ActorMention> actors) {
        return "perpetrators".equals(kind.statesNamed()) && place != null && place.place() != null
                && add(places, place.place().country(), "Military Forces of ", "state-military", actors);
    }
}
