package dev.articleevents.core.summarize;

import dev.articleevents.core.pipeline.ContractLayers;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.DeclaredStage;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/** The extractive summary in the article's language, weighted by the events' evidence. */
public final class SummaryStage extends DeclaredStage {
    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    public SummaryStage() {
        super("summary",
                "up to three sentences per story by position, centrality and event evidence; never captions or source lines.",
                List.of(DocumentStage.DOCUMENT, ContractLayers.EVENTS), List.of(ContractLayers.SUMMARY));
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(ContractLayers.SUMMARY, summarizer.summarize(doc.get(DocumentStage.DOCUMENT), doc.get(ContractLayers.EVENTS)));
    }
}
