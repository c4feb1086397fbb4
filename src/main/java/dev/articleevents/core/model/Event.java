package dev.articleevents.core.model;

import java.util.List;

/** One event: one kind of action, at one place, on one day, by the same actors. */
public record Event(String eventType, String subEventType, String date, String dateText, Location location,
                    List<Actor> actors, Integer fatalities, String fatalitiesText, Integer injured,
                    String injuredText, List<CasualtyReport> casualtyReports, List<String> sources,
                    List<Span> evidence, double confidence, String digest) {
}
