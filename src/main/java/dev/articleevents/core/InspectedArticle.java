package dev.articleevents.core;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.EventEvidence;
import dev.articleevents.core.structure.ArticleDocument;

import java.util.List;

/**
 * The contract document together with the article as the engine read it (decoded text, blocks, tokens) and
 * where the engine read each reported event from, for views that show where each field came from.
 * {@code document} is null when the input was refused. {@code evidence} holds, per event of the document and in
 * its order, the spans of the event words and sources the engine read it from. {@code failure} is the exception behind an
 * {@value ArticleAnalyzer#INTERNAL_ERROR} document (null otherwise): the document carries no trace, so the adapter
 * that knows the request id logs this one.
 */
public record InspectedArticle(ArticleAnalysis analysis, ArticleDocument document, List<EventEvidence> evidence,
                               Throwable failure) {
    /** The error document of refused input: no article behind it. */
    public static InspectedArticle refused(ArticleAnalysis analysis) {
        return new InspectedArticle(analysis, null, List.of(), null);
    }

    /** The error document of an engine defect, and the defect. */
    public static InspectedArticle failed(ArticleAnalysis analysis, Throwable failure) {
        return new InspectedArticle(analysis, null, List.of(), failure);
    }
}
