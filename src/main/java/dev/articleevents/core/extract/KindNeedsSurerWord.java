package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * Strategic developments and changes of territory are named with everyday words (control, deploy, agreement):
 * they need a surer word than violent events do (lexicon/event-kinds.tsv, min-weight).
 */
final class KindNeedsSurerWord implements Rule {
    @Override
    public String description() {
        return "an event word below its kind's minimum weight (event-kinds.tsv: strategic developments, territory) makes no mention";
    }

    boolean drops(Trigger t) {
        return t.weight() < EventKinds.of(t.subEventType()).minWeight();
    }
}
