package dev.articleevents.core.model;

/** The figures one source gave for one event; numbers are null when the text gives only a vague count. */
public record CasualtyReport(String source, Integer fatalities, String fatalitiesText,
                             Integer injured, String injuredText) {
}
