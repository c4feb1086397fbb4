package dev.articleevents.export;

import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * One event as a flat row, with ACLED's column names where the field exists (event_date, event_type,
 * sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude, source, notes, fatalities)
 * and our extras (injured, article_key, confidence, language). actor1 is the first perpetrator (or
 * participant), actor2 the first target (or the second participant); notes is the English digest.
 */
public record EventRow(String eventDate, String eventType, String subEventType, String actor1, String actor2,
                       String country, String admin1, String location, Double latitude, Double longitude, String source,
                       String notes, Integer fatalities, Integer injured, String articleKey, double confidence,
                       String language) {
    public static final List<String> COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities", "injured",
            "article_key", "confidence", "language");

    public static List<EventRow> of(ArticleAnalysis a) {
        List<EventRow> rows = new ArrayList<>();
        if (a.events() == null) {
            return rows;
        }
        String key = a.source() == null ? null : a.source().key();
        for (Event e : a.events()) {
            Location l = e.location();
            rows.add(new EventRow(e.date(), e.eventType(), e.subEventType(), actor(e, true), actor(e, false),
                    l == null ? null : l.country(), l == null ? null : l.admin1(),
                    l == null ? null : (l.name() != null ? l.name() : l.nameInText()),
                    l == null ? null : l.lat(), l == null ? null : l.lon(), String.join("; ", e.sources()), e.digest(),
                    e.fatalities(), e.injured(), key, e.confidence(), a.language()));
        }
        return rows;
    }

    private static String actor(Event e, boolean first) {
        List<Actor> perpetrators = e.actors().stream().filter(a -> !a.role().equals("target")).toList();
        List<Actor> targets = e.actors().stream().filter(a -> a.role().equals("target")).toList();
        if (first) {
            return perpetrators.isEmpty() ? null : perpetrators.get(0).name();
        }
        if (!targets.isEmpty()) {
            return targets.get(0).name();
        }
        return perpetrators.size() > 1 ? perpetrators.get(1).name() : null;
    }

    /** The row's values in {@link #COLUMNS} order, as text (empty for null). */
    public List<String> values() {
        return List.of(text(eventDate), text(eventType), text(subEventType), text(actor1), text(actor2), text(country),
                text(admin1), text(location), text(latitude), text(longitude), text(source), text(notes), text(fatalities),
                text(injured), text(articleKey), Double.toString(confidence), text(language));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
