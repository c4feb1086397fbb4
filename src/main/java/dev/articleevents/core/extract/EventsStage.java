package dev.articleevents.core.extract;

import dev.articleevents.core.model.Event;
import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.DeclaredStage;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/** Mentions grouped into events by the grouping rules, each scored; those the scorer keeps are reported. */
public final class EventsStage extends DeclaredStage {
    private final EventExtractor extractor;

    public EventsStage(EventExtractor extractor) {
        super("events",
                "mentions grouped into events (one kind, one place, one day), scored, the likely ones reported.",
                List.of(DocumentStage.DOCUMENT, MentionsStage.MENTIONS), List.of(ContractLayers.EVENTS, ContractLayers.EVENT_EVIDENCE));
        this.extractor = extractor;
    }

    @Override
    public void annotate(Doc doc) {
        List<EventAssembler.Scored> reported = extractor.reported(doc.get(DocumentStage.DOCUMENT), doc.get(MentionsStage.MENTIONS));
        List<Event> events = reported.stream().map(EventAssembler.Scored::event).toList();
        doc.put(ContractLayers.EVENT_EVIDENCE, reported.stream().map(s -> s.candidate().read()).toList());
        if (events.isEmpty()) {
            doc.warn("no events found");
        }
        doc.put(ContractLayers.EVENTS, events);
    }
}
