package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.rules.Rule;

import java.util.List;

/** The verb "attack" alone cannot make ACLED's distinction between a battle and violence against civilians; who it hit can. */
final class AttackTypedByTarget implements Rule {
    private final TargetKind targets;

    AttackTypedByTarget(TargetKind targets) {
        this.targets = targets;
    }

    @Override
    public String description() {
        return "a generic attack word takes its type from who it hit (the people after it, not those a word such as \"by\" names as its authors; else the people its toll counts): civilians make an attack on civilians, soldiers or fighters an armed clash";
    }

    /** The event word retyped, or {@code t} itself when the people after it do not change it. */
    Trigger typed(Trigger t, List<Token> tokens, int sentenceEnd, String language, List<CasualtyFigure> figures) {
        return targets.refine(t, tokens, sentenceEnd, language, figures);
    }
}
