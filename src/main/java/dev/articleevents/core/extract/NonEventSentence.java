package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** "A court sentenced…", "a road accident", "threatened to strike", "since 12 May, 300 dead": no event told here. */
final class NonEventSentence implements Rule {
    @Override
    public String description() {
        return "a sentence about a court, an accident, a threat or a cumulative total (lexicon/non-event-cues.tsv) tells no event";
    }

    boolean applies(NonEventCues.Reading cues) {
        return cues.notAnEvent();
    }
}
