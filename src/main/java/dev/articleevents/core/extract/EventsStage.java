package dev.articleevents.core.extract;

import dev.articleevents.core.model.Event;
import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/** Mentions grouped into events by the grouping rules, each scored; those the scorer keeps are reported. */
public final class EventsStage implements Stage {
    private final EventExtractor extractor;

    public EventsStage(EventExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String description() {
        return "mentions grouped into events (one kind, one place, one day), scored, the likely ones reported.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(DocumentStage.DOCUMENT, MentionsStage.MENTIONS);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(ContractLayers.EVENTS);
    }

    @Override
    public void annotate(Doc doc) {
        List<Event> events = extractor.events(doc.get(DocumentStage.DOCUMENT), doc.get(MentionsStage.MENTIONS));
        if (events.isEmpty()) {
            doc.warn("no events found");
        }
        doc.put(ContractLayers.EVENTS, events);
    }
}
