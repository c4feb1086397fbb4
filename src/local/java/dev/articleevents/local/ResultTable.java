package dev.articleevents.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;

/** Prints one readable block per processed object: what was found and where the result is. */
final class ResultTable {
    private final PrintStream out;

    ResultTable(PrintStream out) {
        this.out = out;
    }

    synchronized void header() {
        out.printf("%n%-44s %-4s %-6s %s%n", "INPUT (s3://articles-in/…)", "LANG", "EVENTS", "RESULT (s3://articles-results/…)");
        out.println("-".repeat(120));
    }

    synchronized void row(String key, JsonNode note, JsonNode result) {
        out.printf("%-44s %-4s %-6s %s%n", shorten(key, 44), text(note, "language"),
                note.path("eventCount").asText(), note.path("resultKey").asText());
        if ("error".equals(note.path("status").asText())) {
            out.printf("    error %s: %s%n", note.path("errorCode").asText(), result == null ? "" : result.path("error").path("message").asText());
            return;
        }
        if (result != null) {
            out.printf("    summary: %s%n", shorten(result.path("summary").path("text").asText().replace('\n', ' '), 160));
        }
        for (JsonNode line : note.path("digest")) {
            out.printf("    event: %s%n", line.asText());
        }
    }

    synchronized void batch(int messages, int failed) {
        out.printf("input-events queue: a batch of %d message(s) delivered, %d to be retried%n", messages, failed);
    }

    synchronized void failure(String key, String why) {
        out.printf("%-44s FAILED %s%n", shorten(key, 44), shorten(why, 200));
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isNull() ? "-" : n.path(field).asText("-");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
