package dev.articleevents.core.summarize;

import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.util.List;

/** Each reported event's English digest line: written from the event's own fields, so in any article language. */
public final class DigestStage extends DeclaredStage {
    public DigestStage() {
        super("digest",
                "each event's one-line English digest: date, place, sub-event type, casualties, actors.",
                List.of(ContractLayers.EVENTS), List.of(ContractLayers.DIGESTED_EVENTS));
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(ContractLayers.DIGESTED_EVENTS, DigestWriter.withDigests(doc.get(ContractLayers.EVENTS)));
    }
}
