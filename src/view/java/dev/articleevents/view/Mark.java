package dev.articleevents.view;

/**
 * One highlighted stretch of the decoded text: which event it fed (0-based index into {@code events}), what
 * kind of evidence it is (event, place, date, figure, actor, source) and the output field it gave, over the
 * UTF-16 offsets [start, end).
 */
public record Mark(int event, String kind, String field, int start, int end) {
}
