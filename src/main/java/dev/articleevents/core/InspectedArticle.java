package dev.articleevents.core;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.structure.ArticleDocument;

/**
 * The contract document together with the article as the engine read it (decoded text, blocks, tokens), for
 * views that show where each field came from. {@code document} is null when the input was refused.
 */
public record InspectedArticle(ArticleAnalysis analysis, ArticleDocument document) {
}
