package dev.articleevents.core.geo;

/**
 * A gazetteer entry. kind: "country", "region" (first-level administrative division, or a named area such as
 * the Eastern Ghouta: feature code AREA), "district" (second-level division) or "city" (populated place).
 * lat/lon are null when the source has no point; a named area has the point of a town inside it. admin1 is the
 * region's name.
 */
public record Place(long geonameId, String name, String country, String admin1, Double lat, Double lon,
                    String kind, String featureCode, long population) {
    public boolean isCountry() {
        return "country".equals(kind);
    }

    /** A curated named area (lexicon/named-areas.tsv): no administrative unit, placed at a town inside it. */
    public boolean isArea() {
        return "AREA".equals(featureCode);
    }

    public boolean isCity() {
        return "city".equals(kind);
    }

    /** Capitals and first-order seats are known by everyone; small places need context. */
    public boolean isProminent() {
        return isCountry() || "PPLC".equals(featureCode) || "PPLA".equals(featureCode) || population >= 100_000;
    }
}
