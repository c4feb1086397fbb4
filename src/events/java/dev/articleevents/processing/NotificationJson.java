package dev.articleevents.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.articleevents.core.json.AnalysisJson;

import java.io.UncheckedIOException;

/** Notification messages as compact JSON. */
public final class NotificationJson {
    private NotificationJson() {
    }

    public static String write(ResultNotification note) {
        try {
            return AnalysisJson.mapper().writeValueAsString(note);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResultNotification read(String json) {
        try {
            return AnalysisJson.mapper().readValue(json, ResultNotification.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
