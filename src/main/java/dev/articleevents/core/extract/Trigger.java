package dev.articleevents.core.extract;

/** An event word or phrase over tokens [start, end) with the ACLED type it signals and how surely. */
public record Trigger(int start, int end, String eventType, String subEventType, double weight) {
}
