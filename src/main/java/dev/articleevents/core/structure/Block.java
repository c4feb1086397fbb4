package dev.articleevents.core.structure;

import dev.articleevents.core.model.Span;

import java.util.List;

/** One non-blank line of the text, its kind, the story it belongs to (0-based) and its sentences. */
public record Block(BlockKind kind, Span span, int story, List<Span> sentences) {
}
