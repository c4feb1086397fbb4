package dev.articleevents.core.geo;

import java.util.List;

/**
 * A gazetteer name matched in the text over tokens [start, end): every place of that name is a possible
 * reading. key is the matched name in index form; cueKind the place cue before it (see {@link PlaceMention});
 * primaryName whether the key is some place's own name rather than an alternate one; ordinaryWord whether the
 * language's lists say the word is usually not a name (lexicon/geo-stopwords.tsv, function words).
 */
public record PlaceCandidate(int start, int end, int charStart, int charEnd, String key, List<Place> places,
                             String cueKind, Listing listing) {
    /** How the lists know the name: as some place's own name (not an alternate one), as a usually ordinary word. */
    public record Listing(boolean primaryName, boolean ordinaryWord) {
    }

    public boolean primaryName() {
        return listing.primaryName();
    }

    public boolean ordinaryWord() {
        return listing.ordinaryWord();
    }

    /** The one country all readings share, or null when the name is found in several. */
    public String onlyCountry() {
        String cc = null;
        for (Place p : places) {
            if (cc == null) {
                cc = p.country();
            } else if (!cc.equals(p.country())) {
                return null;
            }
        }
        return cc;
    }

    /** The code of the country the name names, or null when no reading is a country. */
    public String countryNamed() {
        for (Place p : places) {
            if (p.isCountry()) {
                return p.country();
            }
        }
        return null;
    }

    public boolean namesCountry() {
        return countryNamed() != null;
    }
}
