package dev.articleevents.core.structure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The caller's publication date: ISO date, or an ISO date-time whose date part is taken as is. */
public final class PublicationDate {
    private PublicationDate() {
    }

    /** Whether {@link #parse} reads the value as a date (absent counts as readable: no date was given). */
    public static boolean isReadable(String value) {
        List<String> warnings = new java.util.ArrayList<>();
        parse(value, warnings);
        return warnings.isEmpty();
    }

    public static LocalDate parse(String value, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.substring(0, Math.min(10, v.length())));
            } catch (DateTimeParseException again) {
                warnings.add("publishedAt '" + v + "' is not an ISO date (YYYY-MM-DD); ignored");
                return null;
            }
        }
    }
}
