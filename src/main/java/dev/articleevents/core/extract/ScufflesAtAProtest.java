package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;

/** "Heurts entre policiers et manifestants": scuffles at a demonstration are part of it, not a battle. */
final class ScufflesAtAProtest extends VagueBesideSurer {
    @Override
    public String description() {
        return "a loose clash word beside a protest or riot is scuffles at it, not a battle: dropped";
    }

    @Override
    boolean tells(Trigger t) {
        return AcledLabel.PROTESTS.is(t.eventType()) || AcledLabel.RIOTS.is(t.eventType());
    }

    @Override
    boolean looseWordFor(Trigger t) {
        return AcledLabel.ARMED_CLASH.is(t.subEventType());
    }
}
