package dev.articleevents.core.extract;

import java.time.LocalDate;

/**
 * A date expression over tokens [start, end). {@code date} is null when the text gives no day ("last
 * week") or when there is no publication date to resolve a relative one against. {@code vague} marks
 * expressions that explicitly give no day; they yield to a concrete date in the same sentence.
 */
public record DateMention(int start, int end, LocalDate date, boolean vague, String text) {
}
