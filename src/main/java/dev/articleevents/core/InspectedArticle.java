package dev.articleevents.core;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.structure.ArticleDocument;

/**
 * The contract document together with the article as the engine read it (decoded text, blocks, tokens), for
 * views that show where each field came from. {@code document} is null when the input was refused.
 * {@code failure} is the exception behind an {@value ArticleAnalyzer#INTERNAL_ERROR} document (null otherwise):
 * the document carries no trace, so the adapter that knows the request id logs this one.
 */
public record InspectedArticle(ArticleAnalysis analysis, ArticleDocument document, Throwable failure) {
    public InspectedArticle(ArticleAnalysis analysis, ArticleDocument document) {
        this(analysis, document, null);
    }
}
