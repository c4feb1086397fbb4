package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/** "New strikes hit a depot": air strikes are flown by a state; without one named here, the air force the story named last. */
final class StateAuthorOfStory implements Rule {
    @Override
    public String description() {
        return "an event only a state does (event-kinds.tsv), with no state forces named, is by the state forces the story named last";
    }

    /** Adds that author to {@code actors}; whether it was added. */
    boolean addTo(EventKinds.Kind kind, SentenceContext ctx, List<ActorMention> actors) {
        if (!kind.stateAuthor() || actors.stream().anyMatch(a -> a.kind().equals("state-military"))) {
            return false;
        }
        return ctx.lastArmed(a -> a.kind().equals("state-military")).map(actors::add).orElse(false);
    }
}
