package dev.articleevents.core.geo;

/**
 * A gazetteer entry. kind: "country", "region" (first-level administrative division, or a named area such as
 * the Eastern Ghouta: feature code AREA), "district" (second-level division) or "city" (populated place).
 * lat/lon are null when the source has no point; a named area has the point of a town inside it. admin1 is the
 * region's name.
 */
public record Place(long geonameId, String name, String country, String admin1, Point point, Feature feature,
                    long population) {
    /** Where the place lies; both null when the source has no point. */
    public record Point(Double lat, Double lon) {
    }

    /** What kind of place it is, and its GeoNames feature code (PPLC, PPLA, ADM2…; AREA for a curated area). */
    public record Feature(String kind, String code) {
    }

    public Double lat() {
        return point.lat();
    }

    public Double lon() {
        return point.lon();
    }

    public String kind() {
        return feature.kind();
    }

    public String featureCode() {
        return feature.code();
    }

    public boolean isCountry() {
        return "country".equals(kind());
    }

    /** A curated named area (lexicon/named-areas.tsv): no administrative unit, placed at a town inside it. */
    public boolean isArea() {
        return NamedAreaRows.AREA.equals(featureCode());
    }

    public boolean isCity() {
        return "city".equals(kind());
    }

    /** Capitals and first-order seats are known by everyone; small places need context. */
    public boolean isProminent() {
        return isCountry() || "PPLC".equals(featureCode()) || "PPLA".equals(featureCode()) || population >= 100_000;
    }
}
