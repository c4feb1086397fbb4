package dev.articleevents.core.pipeline;

import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.EventEvidence;
import dev.articleevents.core.model.Summary;

import java.util.List;

/**
 * Layers whose values are already the output contract's records. Declared here rather than by their
 * producers so that a stage can read them without depending on the package that wrote them (the summary
 * reads the events without knowing how they were extracted).
 */
public final class ContractLayers {
    /** The reported events as extracted, their digest line not yet written. */
    public static final Layer<List<Event>> EVENTS = Layer.named("events");
    /** The same events with their English digest line: the document's {@code events}. */
    public static final Layer<List<Event>> DIGESTED_EVENTS = Layer.named("digested events");
    public static final Layer<Summary> SUMMARY = Layer.named("summary");
    /** Per reported event, in the same order, where its event words and sources stand in the text (for views). */
    public static final Layer<List<EventEvidence>> EVENT_EVIDENCE = Layer.named("event evidence");

    private ContractLayers() {
    }
}
