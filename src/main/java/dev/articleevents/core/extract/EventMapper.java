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
        return new Event(d.eventType(), d.subEventType(), d.day().date() == null ? null : d.day().date().toString(),
                d.day().dateText(), location(d.where()), d.actors(), c.fatalities(), c.killed() == null ? null : c.killed().text(),
                c.injuredCount(), c.injured() == null ? null : c.injured().text(), c.reports(), d.sources(), d.evidence(),
                rounded(probability), null);
    }

    static Location location(EventDraft.Where w) {
        PlaceMention pm = w.place();
        String sublocation = w.sublocation() == null ? null : w.sublocation().surface();
        Place p = pm.place();
        if (p != null) {
            // a named area stands at a town inside it: "part of a region", not the region as a whole
            int precision = p.isCountry() ? 3 : p.isArea() ? 2 : "region".equals(p.kind()) ? 3 : "near".equals(pm.cueKind()) ? 2 : 1;
            return new Location(p.name(), pm.surface(), p.country(), p.isCountry() ? null : p.admin1(), p.lat(), p.lon(),
                    p.geonameId() == 0 ? null : p.geonameId(), sublocation, precision, p.isCountry() ? "country" : "gazetteer",
                    w.confidence());
        }
        // a village or camp the gazetteer lacks: placed at the best enclosing place the text gives
        Place enclosing = w.enclosing();
        return new Location(pm.surface(), pm.surface(), enclosing == null ? null : enclosing.country(),
                enclosing == null || enclosing.isCountry() ? null : enclosing.admin1(),
                enclosing == null ? null : enclosing.lat(), enclosing == null ? null : enclosing.lon(), null, sublocation, 2,
                enclosing == null ? "none" : "enclosing-place", null);
    }

    /** Probabilities are reported to three decimals. */
    static Double rounded(Double probability) {
        return probability == null ? null : Math.round(probability * 1000) / 1000.0;
    }
}
