package dev.articleevents.core.summarize;

import dev.articleevents.core.model.Span;
import dev.articleevents.core.model.Summary;
import dev.articleevents.core.structure.Article;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Joins picked sentences, in text order, into the summary the contract carries. */
final class SummaryText {
    private SummaryText() {
    }

    static Summary of(Article article, List<Span> sentences) {
        List<Span> ordered = sentences.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        String text = ordered.stream().map(article::textOf).collect(Collectors.joining(" "));
        return new Summary(text, ordered);
    }
}
