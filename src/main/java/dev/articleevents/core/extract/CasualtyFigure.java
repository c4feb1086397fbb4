package dev.articleevents.core.extract;

/**
 * A killed or injured figure found in one sentence; {@code text} is the phrase as written. {@code group} is the
 * side of the armed victims counted — "state" ("onze soldats") or "nonstate" ("onze terroristes") — when the
 * count is followed by such a word, else null: the dead of the two sides told apart add up to the event's toll.
 */
public record CasualtyFigure(String kind, Count count, String text, int start, int end, String group) {
    public static final String KILLED = "killed";
    public static final String INJURED = "injured";
    /** attackers who died by their own hand ("quatre kamikazes se sont fait exploser"): counted with the dead */
    public static final String ATTACKERS_KILLED = "attackers-killed";

    public CasualtyFigure(String kind, Count count, String text, int start, int end) {
        this(kind, count, text, start, end, null);
    }
}
