package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.resource.TsvResource;
import dev.articleevents.core.structure.ArticleDocument;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely a sentence is to report an event the annotators coded, from its words alone: logistic regression
 * over the set of its words' forms (each word as written and without its Arabic proclitics), fitted by
 * {@code ./train sentences} on the tuning articles' sentences that hold an event word, labelled by the gold
 * events' {@code evidence} (extract/sentence-weights.tsv). An event's likeliest sentence is one of the event
 * scorer's features: background, reactions and announcements read differently from reports of what happened,
 * in words no hand-written cue list holds.
 */
public final class EventSentenceScorer {
    public static final String RESOURCE = "extract/sentence-weights.tsv";
    private final double bias;
    private final Map<String, Double> weights;

    public EventSentenceScorer(double bias, Map<String, Double> weights) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
    }

    /** No word weighs anything (every sentence 0.5): for computing features before any weights exist. */
    public static EventSentenceScorer untrained() {
        return new EventSentenceScorer(0, Map.of());
    }

    /** The packaged weights: a {@code bias} row, then one {@code word} row per form (form · weight). */
    public static EventSentenceScorer load() {
        double bias = Double.NaN;
        Map<String, Double> weights = new HashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE, 2)) {
            switch (row[0]) {
                case "bias" -> bias = Double.parseDouble(row[1]);
                case "word" -> {
                    if (row.length < 3) {
                        throw new IllegalStateException(RESOURCE + ": a word row needs the form and its weight");
                    }
                    weights.put(row[1], Double.parseDouble(row[2]));
                }
                default -> throw new IllegalStateException(RESOURCE + ": unknown row " + row[0] + ": retrain with ./train sentences");
            }
        }
        if (Double.isNaN(bias)) {
            throw new IllegalStateException(RESOURCE + " has no bias: retrain with ./train sentences");
        }
        return new EventSentenceScorer(bias, weights);
    }

    /**
     * The forms a sentence's words are weighed by: every form of every word but numbers, each once, in text order
     * (the order the engine adds their weights in, so that training and the engine sum alike).
     */
    public static Set<String> forms(List<Token> tokens, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isNumber()) {
                out.addAll(t.variants());
            }
        }
        return out;
    }

    /** The forms of the sentence over {@code sentence} (character offsets). */
    public static Set<String> forms(ArticleDocument doc, Span sentence) {
        ArticleDocument.TokenRange words = doc.tokensOf(sentence);
        return forms(doc.tokens(), words.from(), words.to());
    }

    public double bias() {
        return bias;
    }

    /** Each form's weight, in form order. */
    public Map<String, Double> weights() {
        return new java.util.TreeMap<>(weights);
    }

    public double probability(Set<String> forms) {
        double z = bias;
        for (String f : forms) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The probability of the words [from, to). */
    public double probability(List<Token> tokens, int from, int to) {
        return probability(forms(tokens, from, to));
    }

    /** Each mention's sentence scored, each sentence once. */
    Map<Mention, Double> read(ArticleDocument doc, List<Mention> mentions) {
        Map<Span, Double> bySentence = new HashMap<>();
        Map<Mention, Double> out = new IdentityHashMap<>();
        for (Mention m : mentions) {
            out.put(m, bySentence.computeIfAbsent(m.sentence(), s -> probability(forms(doc, s))));
        }
        return out;
    }
}
