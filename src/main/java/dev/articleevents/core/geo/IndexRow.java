package dev.articleevents.core.geo;

import java.util.Set;

/**
 * One place as the index builder reads it from its input, before it becomes a line of the place index
 * ({@link PlaceIndexFormat}). Values stay as the input writes them (population may be empty).
 */
record IndexRow(long id, String name, Where where, String kind, String featureCode, String population, Spellings spellings) {
    /** Country code, first-level region code and point (empty strings when the input has none). */
    record Where(String country, String admin1Code, String lat, String lon) {
    }

    /** The place's own names, and its alternate names (keys that need context to be trusted). */
    record Spellings(Set<String> names, Set<String> aliases) {
    }

    IndexRow(long id, String name, Where where, String kind, String featureCode, String population, Set<String> names,
             Set<String> aliases) {
        this(id, name, where, kind, featureCode, population, new Spellings(names, aliases));
    }

    String country() {
        return where.country();
    }

    String admin1Code() {
        return where.admin1Code();
    }

    String lat() {
        return where.lat();
    }

    String lon() {
        return where.lon();
    }

    Set<String> names() {
        return spellings.names();
    }

    Set<String> aliases() {
        return spellings.aliases();
    }

    long populationCount() {
        return population.isEmpty() ? 0 : Long.parseLong(population);
    }

    /** Adds the '|'-separated names of an input field. */
    static void split(String field, Set<String> into) {
        if (field == null || field.isBlank()) {
            return;
        }
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                into.add(s.strip());
            }
        }
    }
}
