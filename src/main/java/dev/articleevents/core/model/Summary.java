package dev.articleevents.core.model;

import java.util.List;

public record Summary(String text, List<Span> sentences) {
    public static final Summary EMPTY = new Summary("", List.of());
}
