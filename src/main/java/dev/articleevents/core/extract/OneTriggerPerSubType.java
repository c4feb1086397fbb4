package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Several words for the same kind of action in one sentence tell one action, unless each is aimed at a place of its own. */
final class OneTriggerPerSubType implements Rule {
    @Override
    public String description() {
        return "several event words of one kind in a sentence are one mention (the surest kept), unless one is aimed at a town of its own";
    }

    List<Trigger> apply(List<Trigger> triggers, List<PlaceMention> places) {
        Map<String, Trigger> best = new HashMap<>();
        for (Trigger t : triggers) {
            best.merge(t.subEventType(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        List<Trigger> out = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (Trigger t : triggers) {
            Trigger surest = best.get(t.subEventType());
            PlaceMention target = SentencePlaces.governed(places, t);
            // "64 killed by strikes on Kafr Batna … 11 killed by the strikes on Saqba": the same word aimed at
            // two different places is two actions
            boolean ownTarget = target != null && target.specificity() >= 2 && target != SentencePlaces.governed(places, surest)
                    && targets.add(t.subEventType() + EventAssembler.placeKey(target));
            if (t == surest || ownTarget) {
                if (t == surest && target != null) {
                    targets.add(t.subEventType() + EventAssembler.placeKey(target));
                }
                out.add(t);
            }
        }
        return out;
    }
}
