package dev.articleevents.report;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.view.ArticleView;

/**
 * One article of a folder report: its id, where its JSON document lies relative to the report (null when it
 * has no file there), the document, and its view (null when only the results were given, not the articles).
 */
public record ReportEntry(String id, String jsonHref, ArticleAnalysis analysis, ArticleView view) {
}
