package dev.articleevents.core.extract;

/** A killed or injured figure found in one sentence; {@code text} is the phrase as written. */
public record CasualtyFigure(String kind, Count count, String text, int start, int end) {
    public static final String KILLED = "killed";
    public static final String INJURED = "injured";
    /** attackers who died by their own hand ("quatre kamikazes se sont fait exploser"): counted with the dead */
    public static final String ATTACKERS_KILLED = "attackers-killed";
}
