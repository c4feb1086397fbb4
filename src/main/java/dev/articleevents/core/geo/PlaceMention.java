package dev.articleevents.core.geo;

import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.Token;

/**
 * A place named in the text over tokens [start, end), character offsets [charStart, charEnd).
 * {@code place} is the gazetteer entry, or null for a place the gazetteer lacks (a village, camp or
 * district found from its cue word: "قرية X", "the village of X"). {@code cueKind()} is the kind of the cue
 * before it (settlement, district, camp, frontline, region, near, in, direction) or null; "again" marks a
 * name the gazetteer lacks, named here without a cue after a cue introduced it elsewhere in the article.
 * {@code probability} is the place scorer's probability that this reading is a place events happen at, or
 * null where no scorer read it (a name known only from its cue word).
 */
public record PlaceMention(int start, int end, int charStart, int charEnd, String surface, Place place, Cue cue,
                           Double probability) {
    public static final String AGAIN = "again";

    /**
     * The cue before a place: its kind, and for a place the gazetteer lacks named after it, the cue and the name as
     * the text writes them ("قرية كفرنبل", "the village of Dalori") — for such a place the kind of place is all the
     * text tells besides its name; null otherwise.
     */
    public record Cue(String kind, String written) {
        static Cue of(String kind) {
            return kind == null ? null : new Cue(kind, null);
        }
    }

    public PlaceMention(int start, int end, int charStart, int charEnd, String surface, Place place, String cueKind) {
        this(start, end, charStart, charEnd, surface, place, Cue.of(cueKind), null);
    }

    public String cueKind() {
        return cue == null ? null : cue.kind();
    }

    /** How the text names the place: the surface, or the cue and the name for a place the gazetteer lacks. */
    public String written() {
        return cue == null || cue.written() == null ? surface : cue.written();
    }

    /**
     * "وكفربطنا" names كفربطنا: this mention without the conjunction or preposition glued to its first word, found
     * by cutting letters off the word as written until its matching form is {@code name}; unchanged when none does.
     */
    PlaceMention withoutGluedLetters(Token first, String name) {
        int k = ArabicProclitics.table().gluedBefore(first.surface(), name);
        return k <= 0 ? this : new PlaceMention(start, end, charStart + k, charEnd, surface.substring(k), null, cue, null);
    }

    public boolean isSublocation() {
        return place == null && ("district".equals(cueKind()) || "frontline".equals(cueKind()));
    }

    /** A village named after "near"/"à"/"in" rather than after a word such as "village": less certain. */
    public boolean isNamedByPreposition() {
        return place == null && cueKind() != null && (cueKind().startsWith("settlement-") || cueKind().equals(AGAIN));
    }

    public boolean isUnknownSettlement() {
        return place == null && !isSublocation() && !isUnknownRegion();
    }

    /** An area the gazetteer lacks, named as the one a village lies in ("بلدة X بالغوطة الشرقية"). */
    public boolean isUnknownRegion() {
        return place == null && "region".equals(cueKind());
    }

    /**
     * 4 village/district named by cue, 3 city (or a name after "near"/"à", or a named area such as the Eastern
     * Ghouta: places fought over as a whole, named where a town would be), 2 region (known or named as a village's
     * area), 1 country.
     */
    public int specificity() {
        if (place == null) {
            return isUnknownRegion() ? 2 : isNamedByPreposition() ? 3 : 4;
        }
        return place.isCountry() ? 1 : place.isCity() || place.isArea() ? 3 : 2;
    }
}
