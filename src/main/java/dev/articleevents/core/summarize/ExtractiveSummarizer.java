package dev.articleevents.core.summarize;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.model.Summary;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.Block;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Extractive summary in the article's language. Candidates are paragraph sentences only (never titles,
 * headings, photo captions or source lines), minus a body sentence that repeats the title and quotes
 * standing alone. Each is scored by
 * <ul>
 *   <li>centrality: its mean cosine similarity to the story's other sentences (LexRank's degree centrality),</li>
 *   <li>position: 1 / (1 + rank in its story), news putting the essential first,</li>
 *   <li>events: whether it is evidence of an extracted event (weighted by the event's confidence),</li>
 * </ul>
 * weighted {@value #W_CENTRALITY} / {@value #W_POSITION} / {@value #W_EVENTS}. One story: its best three
 * sentences; several stories: the best sentence of each (five at most). Always in text order.
 */
public final class ExtractiveSummarizer {
    static final double W_CENTRALITY = 0.15;
    static final double W_POSITION = 0.7;
    static final double W_EVENTS = 0.15;
    static final int SINGLE_STORY_SENTENCES = 3;
    static final int MAX_SENTENCES = 5;
    private static final double TITLE_REPEAT = 0.8;

    private record Candidate(Span span, int story, int rank, SentenceTerms.Vector terms) {
    }

    public Summary summarize(ArticleDocument doc, List<Event> events) {
        Article article = doc.article();
        List<Token> tokens = doc.tokens();
        Map<String, Integer> dictionary = new java.util.HashMap<>();
        SentenceTerms.Vector title = SentenceTerms.Vector.of(article.title()
                .map(b -> terms(doc, b.span()))
                .orElse(Map.of()), dictionary);
        List<Candidate> candidates = new ArrayList<>();
        int[] rank = new int[article.storyCount()];
        for (Block block : article.paragraphs()) {
            for (Span s : block.sentences()) {
                Map<String, Integer> terms = terms(doc, s);
                if (terms.size() < 3 || isBareQuote(article.textOf(s))) {
                    continue;
                }
                SentenceTerms.Vector vector = SentenceTerms.Vector.of(terms, dictionary);
                if (vector.cosine(title) >= TITLE_REPEAT) {
                    continue;
                }
                candidates.add(new Candidate(s, block.story(), rank[block.story()]++, vector));
            }
        }
        double[] score = new double[candidates.size()];
        EvidenceWeights evidence = new EvidenceWeights(events);
        double[] centrality = centrality(candidates, article.storyCount(), dictionary.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double position = 1.0 / (1 + c.rank());
            score[i] = W_CENTRALITY * Math.min(1, 3 * centrality[i]) + W_POSITION * position + W_EVENTS * evidence.weightOf(c.span());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> candidates.get(i).span().start()));
        List<Span> picked = new ArrayList<>();
        int perStory = article.storyCount() == 1 ? SINGLE_STORY_SENTENCES : 1;
        int[] taken = new int[article.storyCount()];
        for (int i : order) {
            Candidate c = candidates.get(i);
            if (taken[c.story()] < perStory && picked.size() < MAX_SENTENCES) {
                picked.add(c.span());
                taken[c.story()]++;
            }
        }
        return SummaryText.of(article, picked);
    }

    /**
     * For each candidate, its mean cosine to the other sentences of its story (0 when it has none). The sum of
     * the cosines is the dot product of its unit vector with the story's sum of unit vectors, less its own 1:
     * linear in the text, where comparing every pair made a long article quadratic.
     */
    private static double[] centrality(List<Candidate> candidates, int stories, int terms) {
        List<List<Integer>> byStory = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            byStory.add(new ArrayList<>());
        }
        for (int i = 0; i < candidates.size(); i++) {
            byStory.get(candidates.get(i).story()).add(i);
        }
        double[] mean = new double[candidates.size()];
        double[] centroid = new double[terms];
        for (List<Integer> story : byStory) {
            for (int i : story) {
                candidates.get(i).terms().addUnitTo(centroid);
            }
            int peers = story.size() - 1;
            for (int i : story) {
                mean[i] = peers == 0 ? 0 : (candidates.get(i).terms().unitDot(centroid) - 1) / peers;
            }
            for (int i : story) {
                candidates.get(i).terms().clearIn(centroid);
            }
        }
        return mean;
    }

    /** A sentence that is only a quotation has no context of its own. */
    private static boolean isBareQuote(String s) {
        String t = s.strip();
        return !t.isEmpty() && "\"“«„'".indexOf(t.charAt(0)) >= 0;
    }


    private static Map<String, Integer> terms(ArticleDocument doc, Span span) {
        ArticleDocument.TokenRange words = doc.tokensOf(span);
        return SentenceTerms.of(doc.tokens(), words.from(), words.to());
    }
}
