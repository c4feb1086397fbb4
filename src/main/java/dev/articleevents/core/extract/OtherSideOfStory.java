package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/** "Fighting between the two sides": the other side is the armed actor the story named last. */
final class OtherSideOfStory implements Rule {
    @Override
    public String description() {
        return "a fight (two sides, event-kinds.tsv) with one armed side named takes the armed actor the story named last on the other side";
    }

    /** Adds that side to {@code actors}; whether it was added. */
    boolean addTo(EventKinds.Kind kind, SentenceContext ctx, List<ActorMention> actors) {
        if (!kind.twoSides() || ArmedSides.count(actors) != 1) {
            return false;
        }
        ActorMention side = actors.stream().filter(ActorMention::isArmed).findFirst().orElseThrow();
        return ctx.lastArmed(a -> !ArmedSides.same(a, side)).map(actors::add).orElse(false);
    }
}
