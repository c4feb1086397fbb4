package dev.articleevents.core.extract;

import java.time.LocalDate;

/**
 * A date expression over tokens [start, end). {@code date} is null when the text gives no day ("last
 * week") or when there is no publication date to resolve a relative one against. {@code vague} marks
 * expressions that explicitly give no day; they yield to a concrete date in the same sentence.
 * {@code followingOnly}: "غداة X" dates only an event word right after it, not the rest of the sentence.
 * {@code contextOffset}: "la veille", "the next day" count that many days from the date the text told
 * last, not from the publication date ({@code date} then holds the publication-based fallback); null otherwise.
 */
public record DateMention(int start, int end, LocalDate date, boolean vague, String text, boolean followingOnly,
                          Integer contextOffset) {
    public DateMention(int start, int end, LocalDate date, boolean vague, String text, boolean followingOnly) {
        this(start, end, date, vague, text, followingOnly, null);
    }

    public boolean fromContext() {
        return contextOffset != null;
    }
}
