package dev.articleevents.view;

/** One line of the article as the structurer classed it (title, paragraph, caption, source line…). */
public record BlockView(String kind, int start, int end, int story) {
}
