package dev.articleevents.core.model;

import java.util.List;

/**
 * Where the engine read one reported event from: the spans of its event words and of the sources it names. Not
 * a field of the contract document: carried beside it ({@code InspectedArticle}) so that a view of the evidence
 * marks what the engine used instead of searching the text again.
 */
public record EventEvidence(List<Span> words, List<Source> sources) {
    public static final EventEvidence NONE = new EventEvidence(List.of(), List.of());

    /** A source as named in the text ("SANA", "l'OSDH"), with the canonical name the event's {@code sources} carry. */
    public record Source(String name, Span span) {
    }
}
