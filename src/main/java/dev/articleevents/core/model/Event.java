package dev.articleevents.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * One event: one kind of action, at one place, on one day, by the same actors. The JSON object is flat (CONTRACT.md);
 * its fields are grouped here by meaning, each group written in place ({@code @JsonUnwrapped}), and each field keeps
 * its accessor ({@code event.fatalities()}).
 */
@JsonPropertyOrder({"kind", "when", "location", "actors", "casualties", "basis", "confidence", "digest"})
public record Event(@JsonUnwrapped Kind kind, @JsonUnwrapped When when, Location location, List<Actor> actors,
                    @JsonUnwrapped Casualties casualties, @JsonUnwrapped Basis basis, double confidence, String digest) {

    /** The ACLED event type and sub-event type. */
    @JsonPropertyOrder({"eventType", "subEventType"})
    public record Kind(String eventType, String subEventType) {
    }

    /** The day (ISO date, null when vague or unknown) and the words that gave it. */
    @JsonPropertyOrder({"date", "dateText"})
    public record When(String date, String dateText) {
    }

    /** The headline figures, as numbers (null when vague) and as written, and one report per source. */
    @JsonPropertyOrder({"fatalities", "fatalitiesText", "injured", "injuredText", "casualtyReports"})
    public record Casualties(Integer fatalities, String fatalitiesText, Integer injured, String injuredText,
                             List<CasualtyReport> casualtyReports) {
    }

    /** What the event rests on: the sources the text cites and the sentences that told it. */
    @JsonPropertyOrder({"sources", "evidence"})
    public record Basis(List<String> sources, List<Span> evidence) {
    }

    public Event {
        // an absent group is written as its fields set to null, as the flat record wrote them
        kind = kind == null ? new Kind(null, null) : kind;
        when = when == null ? new When(null, null) : when;
        casualties = casualties == null ? new Casualties(null, null, null, null, null) : casualties;
        basis = basis == null ? new Basis(null, null) : basis;
    }

    /** The same event with its English digest line. */
    public Event withDigest(String digest) {
        return new Event(kind, when, location, actors, casualties, basis, confidence, digest);
    }

    public String eventType() {
        return kind.eventType();
    }

    public String subEventType() {
        return kind.subEventType();
    }

    public String date() {
        return when.date();
    }

    public String dateText() {
        return when.dateText();
    }

    public Integer fatalities() {
        return casualties.fatalities();
    }

    public String fatalitiesText() {
        return casualties.fatalitiesText();
    }

    public Integer injured() {
        return casualties.injured();
    }

    public String injuredText() {
        return casualties.injuredText();
    }

    public List<CasualtyReport> casualtyReports() {
        return casualties.casualtyReports();
    }

    public List<String> sources() {
        return basis.sources();
    }

    public List<Span> evidence() {
        return basis.evidence();
    }
}
