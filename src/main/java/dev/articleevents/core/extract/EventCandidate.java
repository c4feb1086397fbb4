package dev.articleevents.core.extract;

import dev.articleevents.core.model.EventEvidence;

import dev.articleevents.core.model.Span;

import java.util.List;

import java.util.Map;

/**
 * An event as assembled from its mentions, before the event scorer decides whether to report it: the draft, and
 * what its mentions said about it.
 *
 * @param told       how its mentions told it
 * @param daysBefore days between its date and publication, or null when either is unknown
 * @param position   where its first sentence starts, as a share of the text (0 the top, 1 the end)
 * @param placeKey   its place, as the assembler compares places
 * @param sentences  what its sentences read like (context cues, the sentence scorer)
 * @param read       where its mentions' event words and sources stand in the text (what the article view marks)
 * @param tolls      each exact death toll its mentions gave, scored by the toll scorer (each source's likeliest one
 *                   above the threshold is that source's count in the draft's casualties)
 */
public record EventCandidate(EventDraft draft, Telling told, Integer daysBefore, double position, String placeKey,
                             Sentences sentences, EventEvidence read, List<TollScorer.Scored> tolls) {

    /**
     * @param cueShares        per kind of {@link EventContextCues} (background, reaction, denial, future, quoted), the
     *                         share of its mentions whose sentence holds such a cue
     * @param likeliestReport  the {@link EventSentenceScorer}'s probability for the likeliest of its sentences
     */
    public record Sentences(Map<String, Double> cueShares, double likeliestReport) {
    }

    /**
     * @param triggerWeight the surest event word's weight (triggers.tsv)
     * @param mentions      how many sentences told it
     * @param anchoredShare the share of those that dated or placed it or counted victims themselves
     * @param dateStated    whether the text gives its day (not only the publication date)
     * @param placeStated   whether a sentence that told it named its place (not taken from the context)
     * @param headline      whether the title tells it
     * @param continued     whether a later sentence continues it ("The violence took place on Friday…")
     * @param story         the wire story it comes from (0 for the first)
     */
    public record Telling(double triggerWeight, int mentions, double anchoredShare, boolean dateStated,
                          boolean placeStated, boolean headline, boolean continued, int story) {
    }

    double triggerWeight() {
        return told.triggerWeight();
    }

    double cueShare(String kind) {
        return sentences.cueShares().getOrDefault(kind, 0.0);
    }

    double sentenceScore() {
        return sentences.likeliestReport();
    }
}
