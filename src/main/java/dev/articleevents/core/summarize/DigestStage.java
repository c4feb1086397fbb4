package dev.articleevents.core.summarize;

import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;

import java.util.List;

/** Each reported event's English digest line: written from the event's own fields, so in any article language. */
public final class DigestStage implements Stage {
    @Override
    public String name() {
        return "digest";
    }

    @Override
    public String description() {
        return "each event's one-line English digest: date, place, sub-event type, casualties, actors.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(ContractLayers.EVENTS);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(ContractLayers.DIGESTED_EVENTS);
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(ContractLayers.DIGESTED_EVENTS, DigestWriter.withDigests(doc.get(ContractLayers.EVENTS)));
    }
}
