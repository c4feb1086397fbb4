package dev.articleevents.core.summarize;

import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/** The extractive summary in the article's language, weighted by the events' evidence. */
public final class SummaryStage implements Stage {
    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String description() {
        return "up to three sentences per story by position, centrality and event evidence; never captions or source lines.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(DocumentStage.DOCUMENT, ContractLayers.EVENTS);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(ContractLayers.SUMMARY);
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(ContractLayers.SUMMARY, summarizer.summarize(doc.get(DocumentStage.DOCUMENT), doc.get(ContractLayers.EVENTS)));
    }
}
