package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Location;

/**
 * Drafts → the contract's events: the one place where the engine's decisions become output fields. The digest is
 * left empty; {@code summarize.DigestWriter} writes it from the finished event.
 */
public final class EventMapper {
    private EventMapper() {
    }

    /** The contract's event of a draft, its confidence the scorer's probability (rounded as every probability). */
    public static Event event(EventDraft d, double probability) {
        EventDraft.Casualties c = d.casualties();
        return new Event(new Event.Kind(d.eventType(), d.subEventType()),
                new Event.When(d.day().date() == null ? null : d.day().date().toString(), d.day().dateText()),
                location(d.where()), d.actors(),
                new Event.Casualties(c.fatalities(), c.killed() == null ? null : c.killed().text(), c.injuredCount(),
                        c.injured() == null ? null : c.injured().text(), c.reports()),
                new Event.Basis(d.sources(), d.evidence()), rounded(probability), null);
    }

    static Location location(EventDraft.Where w) {
        PlaceMention pm = w.place();
        String sublocation = w.sublocation() == null ? null : w.sublocation().surface();
        Place p = pm.place();
        if (p != null) {
            // a named area stands at a town inside it: "part of a region", not the region as a whole
            int precision = p.isCountry() ? 3 : p.isArea() ? 2 : "region".equals(p.kind()) ? 3 : "near".equals(pm.cueKind()) ? 2 : 1;
            return new Location(new Location.Naming(p.name(), pm.surface()),
                    new Location.Area(p.country(), p.isCountry() ? null : p.admin1()), new Location.Point(p.lat(), p.lon()),
                    p.geonameId() == 0 ? null : p.geonameId(), sublocation,
                    new Location.Accuracy(precision, p.isCountry() ? "country" : "gazetteer", w.confidence()));
        }
        // a village or camp the gazetteer lacks: placed at the best enclosing place the text gives
        Place enclosing = w.enclosing();
        if (enclosing == null) {
            return new Location(new Location.Naming(pm.surface(), pm.written()), null, null, null, sublocation,
                    new Location.Accuracy(2, "none", null));
        }
        return new Location(new Location.Naming(pm.surface(), pm.written()),
                new Location.Area(enclosing.country(), enclosing.isCountry() ? null : enclosing.admin1()),
                new Location.Point(enclosing.lat(), enclosing.lon()), null, sublocation,
                new Location.Accuracy(2, "enclosing-place", null));
    }

    /** Probabilities are reported to three decimals. */
    static Double rounded(Double probability) {
        return probability == null ? null : Math.round(probability * 1000) / 1000.0;
    }
}
