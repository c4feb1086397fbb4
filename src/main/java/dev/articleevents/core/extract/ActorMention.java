package dev.articleevents.core.extract;

/**
 * An actor named in a sentence over tokens [start, end). {@code canonical} may hold the placeholder
 * {@code {country}} (generic forces: "the army", "الشرطة"), filled in with the event's country.
 */
public record ActorMention(int start, int end, String canonical, String kind, String surface) {
    public static final String COUNTRY_PLACEHOLDER = "{country}";

    public boolean isArmed() {
        return kind.startsWith("state-military") || kind.equals("state-police") || kind.equals("rebel")
                || kind.equals("militia") || kind.equals("external");
    }
}
