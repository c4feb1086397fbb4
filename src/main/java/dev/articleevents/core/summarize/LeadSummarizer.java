package dev.articleevents.core.summarize;

import dev.articleevents.core.model.Span;
import dev.articleevents.core.model.Summary;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * The lead of each story: up to three sentences for a single story, the first sentence of each story
 * otherwise (five at most), in text order. Only paragraph sentences qualify, so captions, headings and
 * source lines never appear.
 */
public final class LeadSummarizer {
    static final int SINGLE_STORY_SENTENCES = 3;
    static final int MAX_SENTENCES = 5;

    public Summary summarize(Article article) {
        List<Span> picked = new ArrayList<>();
        int perStory = article.storyCount() == 1 ? SINGLE_STORY_SENTENCES : 1;
        int[] taken = new int[article.storyCount()];
        for (Block block : article.paragraphs()) {
            for (Span sentence : block.sentences()) {
                if (taken[block.story()] < perStory && picked.size() < MAX_SENTENCES) {
                    picked.add(sentence);
                    taken[block.story()]++;
                }
            }
        }
        return SummaryText.of(article, picked);
    }
}
