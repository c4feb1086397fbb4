package dev.articleevents.core.extract;

import dev.articleevents.core.model.EventEvidence;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.lexicon.ReportingVerbs;

import java.util.List;

/**
 * What a sentence says, read once for all the rules that follow.
 *
 * @param context    where the sentence is when it does not say: the paragraph's place, else the story's, else the article's
 * @param attributed the sources the sentence names, else its paragraph's
 */
record SentenceReading(List<DateMention> dates, ReportingVerbs.Sayings sayings, List<ActorMention> actors,
                       List<PlaceMention> places, PlaceMention context, List<CasualtyFigure> figures, List<EventEvidence.Source> attributed,
                       EventWords words) {

    /**
     * The sentence's event words that make mentions, the weight of the surest word found before any was dropped, and
     * whether the sentence is about no event at all (a court, a threat, a running total).
     */
    record EventWords(List<Trigger> kept, double strongest, boolean notAnEvent) {
    }

    List<Trigger> kept() {
        return words.kept();
    }

    double strongest() {
        return words.strongest();
    }

    boolean notAnEvent() {
        return words.notAnEvent();
    }
}
