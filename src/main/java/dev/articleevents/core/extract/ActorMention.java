package dev.articleevents.core.extract;

/**
 * An actor named in a sentence over tokens [start, end). {@code canonical} may hold the placeholder
 * {@code {country}} (generic forces: "the army", "الشرطة"), filled in with the event's country.
 * {@code cuedRole} is the role a word just before the name gives ("against" → target, "by" →
 * perpetrator; lexicon/role-cues.tsv), or null.
 */
public record ActorMention(int start, int end, String canonical, String kind, String surface, String cuedRole) {
    public static final String COUNTRY_PLACEHOLDER = "{country}";

    /** Forces of a state (its army, police or government), whose taking of ground is the state regaining it. */
    public boolean isStateForce() {
        return kind.startsWith("state-");
    }

    public boolean isArmed() {
        return kind.startsWith("state-military") || kind.equals("state-police") || kind.equals("rebel")
                || kind.equals("militia") || kind.equals("external");
    }
}
