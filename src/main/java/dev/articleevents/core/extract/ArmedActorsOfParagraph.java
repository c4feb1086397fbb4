package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;

/** "Gunmen stormed the hotel. … Guards fought them for hours": who is armed is often named in another sentence. */
final class ArmedActorsOfParagraph implements Rule {
    @Override
    public String description() {
        return "with nobody armed named in its sentence (or one side of a fight), an event takes the armed actors of the paragraph's other sentences";
    }

    /** Adds them to {@code actors}; whether any was added. */
    boolean addTo(EventKinds.Kind kind, SentenceAt s, List<ActorMention> actors) {
        long armedHere = ArmedSides.count(actors);
        if (!(armedHere == 0 || armedHere == 1 && kind.twoSides())) {
            return false;
        }
        int before = actors.size();
        s.paragraphActors().stream().filter(ActorMention::isArmed).filter(a -> a.start() < s.from() || a.start() >= s.to())
                .forEach(actors::add);
        return actors.size() > before;
    }
}
