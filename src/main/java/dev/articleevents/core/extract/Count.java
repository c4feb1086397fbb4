package dev.articleevents.core.extract;

/**
 * A count read from text: {@code value} is null for vague counts ("dozens", "عشرات"). kind: exact,
 * lower-bound ("at least 12", "أكثر من 30": value is the bound), approx, upper-bound, vague.
 * Token range [start, end) includes any bound word.
 */
public record Count(Integer value, String kind, int start, int end) {
    public boolean isVague() {
        return value == null;
    }
}
