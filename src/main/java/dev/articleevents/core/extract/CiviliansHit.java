package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/** Civilians hit by a strike or caught in fighting are its target actor (ACLED practice). */
final class CiviliansHit implements Rule {
    @Override
    public String description() {
        return "civilians named first among the people of a sentence are the target of its strike or fight, as the actor Civilians";
    }

    /**
     * Adds the civilians as target when the sentence's first people ({@code firstPeople}, TargetKind) are civilians,
     * the kind does not imply them already and no actor is civilians yet; whether they were added.
     */
    boolean addTo(Trigger t, EventKinds.Kind kind, String firstPeople, List<ActorMention> actors) {
        if ("Civilians".equals(kind.implied()) || !"civilian".equals(firstPeople) || actors.stream().anyMatch(a -> a.kind().equals("civilians"))) {
            return false;
        }
        actors.add(new ActorMention(t.end(), t.end(), "Civilians ({country})", "civilians", null, "target"));
        return true;
    }
}
