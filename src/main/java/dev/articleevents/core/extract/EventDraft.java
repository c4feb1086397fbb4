package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.CasualtyReport;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as the assembler decided it, before the scorer chooses whether to report it: its kind, day, place,
 * actors, figures, sources and the sentences that told it. {@link EventMapper} turns it into the contract's event.
 *
 * @param evidence the sentences that told it, in text order
 */
public record EventDraft(String eventType, String subEventType, Day day, Where where, List<Actor> actors,
                         Casualties casualties, List<String> sources, List<Span> evidence) {

    /** The event's day (null when vague or unknown) and the words that gave it. */
    public record Day(LocalDate date, String dateText) {
    }

    /**
     * Where it happened, as the text named it: its place, a district or front line inside it, and for a village
     * the gazetteer lacks the known place around it (whose point it takes).
     */
    public record Where(PlaceMention place, PlaceMention sublocation, Place enclosing) {
        /** The country code of the place, or of the place around it; null when neither is known. */
        String country() {
            if (place.place() != null) {
                return place.place().country();
            }
            return enclosing == null ? null : enclosing.country();
        }

        /** Whether the text placed the event at a country only. */
        boolean countryOnly() {
            return place.place() != null && place.place().isCountry();
        }

        /** The place scorer's probability for the place, as reported; null for a place no scorer read. */
        Double confidence() {
            return place.place() == null ? null : EventMapper.rounded(place.probability());
        }
    }

    /** The headline figures (null when none) and one report per source. */
    public record Casualties(CasualtyFigure killed, CasualtyFigure injured, List<CasualtyReport> reports) {
        Integer fatalities() {
            return killed == null ? null : killed.count().value();
        }

        Integer injuredCount() {
            return injured == null ? null : injured.count().value();
        }
    }
}
