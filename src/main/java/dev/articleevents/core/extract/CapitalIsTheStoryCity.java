package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

import java.util.List;
import java.util.function.BooleanSupplier;

/** "A truce between the militias in the capital", in a story set in Tripoli: the capital is Tripoli. */
final class CapitalIsTheStoryCity implements Rule {
    @Override
    public String description() {
        return "a sentence that names no town or region but \"the capital\" is set in the story's city when that city is a capital";
    }

    /** @param namesCapital whether the sentence says "the capital" (asked last: it reads the sentence again) */
    boolean applies(List<PlaceMention> sentencePlaces, PlaceMention storyPlace, BooleanSupplier namesCapital) {
        return sentencePlaces.stream().noneMatch(p -> p.specificity() >= 2) && storyPlace != null && storyPlace.place() != null
                && "PPLC".equals(storyPlace.place().featureCode()) && namesCapital.getAsBoolean();
    }
}
