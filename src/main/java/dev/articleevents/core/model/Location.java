package dev.articleevents.core.model;

/**
 * Where an event happened. precision: 1 the named place itself, 2 near it or part of it, 3 region or
 * country only. resolution says how the coordinates were found: "gazetteer" (the named place),
 * "enclosing-place" (a place the gazetteer lacks, placed at the best enclosing place the text gives),
 * "country" (country only). confidence is the place scorer's probability that the name, read as this place,
 * is where events happen (null for a place known only from its cue word, which no scorer reads).
 */
public record Location(String name, String nameInText, String country, String admin1, Double lat, Double lon,
                       Long geonameId, String sublocation, int precision, String resolution, Double confidence) {
}
