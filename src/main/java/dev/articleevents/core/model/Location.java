package dev.articleevents.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Where an event happened. precision: 1 the named place itself, 2 near it or part of it, 3 region or
 * country only. resolution says how the coordinates were found: "gazetteer" (the named place),
 * "enclosing-place" (a place the gazetteer lacks, placed at the best enclosing place the text gives),
 * "country" (country only). confidence is the place scorer's probability that the name, read as this place,
 * is where events happen (null for a place known only from its cue word, which no scorer reads).
 * The JSON object is flat (CONTRACT.md); its fields are grouped here by meaning and written in place.
 */
@JsonPropertyOrder({"naming", "area", "point", "geonameId", "sublocation", "accuracy"})
public record Location(@JsonUnwrapped Naming naming, @JsonUnwrapped Area area, @JsonUnwrapped Point point, Long geonameId,
                       String sublocation, @JsonUnwrapped Accuracy accuracy) {

    /** The place's name (the gazetteer's, else as written) and the words the text used. */
    @JsonPropertyOrder({"name", "nameInText"})
    public record Naming(String name, String nameInText) {
    }

    /** The country code and the first-level region's name. */
    @JsonPropertyOrder({"country", "admin1"})
    public record Area(String country, String admin1) {
    }

    /** Coordinates, null when unknown. */
    @JsonPropertyOrder({"lat", "lon"})
    public record Point(Double lat, Double lon) {
    }

    /** How closely and how surely the point stands for the event's place. */
    @JsonPropertyOrder({"precision", "resolution", "confidence"})
    public record Accuracy(int precision, String resolution, Double confidence) {
    }

    public Location {
        // an absent group is written as its fields set to null, as the flat record wrote them
        naming = naming == null ? new Naming(null, null) : naming;
        area = area == null ? new Area(null, null) : area;
        point = point == null ? new Point(null, null) : point;
        accuracy = accuracy == null ? new Accuracy(0, null, null) : accuracy;
    }

    public String name() {
        return naming.name();
    }

    public String nameInText() {
        return naming.nameInText();
    }

    public String country() {
        return area.country();
    }

    public String admin1() {
        return area.admin1();
    }

    public Double lat() {
        return point.lat();
    }

    public Double lon() {
        return point.lon();
    }

    public int precision() {
        return accuracy.precision();
    }

    public String resolution() {
        return accuracy.resolution();
    }

    public Double confidence() {
        return accuracy.confidence();
    }
}
