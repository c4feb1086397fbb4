package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;

import java.util.List;

/** "The agreement between the Russian Federation and the Republic of Turkey": the states named are its parties. */
final class StatesNamedAreParties extends StatesNamed {
    @Override
    public String description() {
        return "the countries named beside an agreement (event-kinds.tsv \"parties\") are its parties, as their governments";
    }

    /** Adds the parties to {@code actors}; whether any was added. */
    boolean addTo(EventKinds.Kind kind, List<PlaceMention> places, List<ActorMention> actors) {
        return "parties".equals(kind.statesNamed()) && add(places, null, "Government of ", "state-other", actors);
    }
}
