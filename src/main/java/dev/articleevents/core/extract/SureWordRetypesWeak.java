package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** An event told so far only by weak words ("killed", "violence") takes its kind from the first sure word. */
final class SureWordRetypesWeak implements Rule {
    @Override
    public String description() {
        return "a sure event word retypes an event told so far only by weak words";
    }

    boolean retypes(double groupWeight, double wordWeight) {
        return groupWeight < MentionFinder.WEAK_WEIGHT && wordWeight >= MentionFinder.WEAK_WEIGHT;
    }
}
