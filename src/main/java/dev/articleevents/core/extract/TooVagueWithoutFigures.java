package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/** The loosest words ("violence", "incident") tell an event only when the sentence counts its victims. */
final class TooVagueWithoutFigures implements Rule {
    @Override
    public String description() {
        return "an event word below the minimum weight makes a mention only when its sentence gives casualty figures";
    }

    boolean drops(Trigger t, List<CasualtyFigure> figures) {
        return t.weight() < MentionFinder.MIN_WEIGHT && figures.isEmpty();
    }
}
