package dev.articleevents.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The caller's publication date: ISO date, or an ISO date-time whose date part is taken as is. */
final class PublicationDate {
    private PublicationDate() {
    }

    static LocalDate parse(String value, List<String> warnings) {
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
