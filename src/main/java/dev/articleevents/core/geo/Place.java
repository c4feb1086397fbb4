package dev.articleevents.core.geo;

/**
 * A gazetteer entry. kind: "country", "region" (first-level administrative division) or "city"
 * (populated place). lat/lon are null when the source has no point. admin1 is the region's name.
 */
public record Place(long geonameId, String name, String country, String admin1, Double lat, Double lon,
                    String kind, String featureCode, long population) {
    public boolean isCountry() {
        return "country".equals(kind);
    }

    public boolean isCity() {
        return "city".equals(kind);
    }

    /** Capitals and first-order seats are known by everyone; small places need context. */
    public boolean isProminent() {
        return isCountry() || "PPLC".equals(featureCode) || "PPLA".equals(featureCode) || population >= 100_000;
    }
}
