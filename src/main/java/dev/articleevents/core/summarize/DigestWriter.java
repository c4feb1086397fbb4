package dev.articleevents.core.summarize;

import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.CasualtyReport;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One English line per event, from its structured fields only, for readers who do not read the
 * article's language: {@code date · place, country · sub-event type · casualties (sources) · actors}, e.g.
 * {@code 2016-08-02 · Benghazi, LY · Suicide bomb · 23 killed (AP; AFP: 15) · Benghazi Revolutionaries Shura Council}.
 */
public final class DigestWriter {
    private DigestWriter() {
    }

    /** The events, each with its digest line (events come out of extraction without one). */
    public static List<Event> withDigests(List<Event> events) {
        return events.stream().map(e -> e.withDigest(digest(e))).toList();
    }

    public static String digest(Event e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.date() == null ? "date unknown" : e.date());
        parts.add(place(e.location()));
        parts.add(e.subEventType());
        String casualties = casualties(e);
        if (!casualties.isEmpty()) {
            parts.add(casualties);
        }
        List<String> actors = e.actors().stream().map(Actor::name).distinct().limit(3).toList();
        if (!actors.isEmpty()) {
            parts.add(String.join(" / ", actors));
        }
        return String.join(" · ", parts);
    }

    private static String place(Location l) {
        if (l == null) {
            return "place unknown";
        }
        String name = l.name() != null ? l.name() : l.nameInText();
        return l.country() == null ? name : name + ", " + l.country();
    }

    private static String casualties(Event e) {
        List<String> out = new ArrayList<>();
        if (e.fatalities() != null) {
            out.add(e.fatalities() + " killed" + sources(e, true));
        }
        if (e.injured() != null) {
            out.add(e.injured() + " injured" + (e.fatalities() == null ? sources(e, false) : ""));
        }
        return String.join(", ", out);
    }

    /** "(AP; AFP: 15)": the sources of the headline figure first, then the other sources with their own figures. */
    private static String sources(Event e, boolean killed) {
        Integer headline = killed ? e.fatalities() : e.injured();
        List<String> same = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (CasualtyReport r : e.casualtyReports()) {
            Integer v = killed ? r.fatalities() : r.injured();
            if (v == null || "unattributed".equals(r.source())) {
                continue;
            }
            if (Objects.equals(v, headline)) {
                same.add(r.source());
            } else {
                others.add(r.source() + ": " + v);
            }
        }
        List<String> all = new ArrayList<>();
        if (!same.isEmpty()) {
            all.add(String.join(", ", same));
        }
        all.addAll(others);
        return all.isEmpty() ? "" : " (" + String.join("; ", all) + ")";
    }
}
