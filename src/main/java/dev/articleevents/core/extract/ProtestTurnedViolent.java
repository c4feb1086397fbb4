package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.rules.Rule;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ACLED codes a demonstration whose participants use violence (clashes with the police, stones, fire) as a riot,
 * Violent demonstration, however the protest itself was worded. Wire copy tells the protest with a protest word and
 * the violence beside it, so the violence words are cues of their sentences ({@code lexicon/event-context-cues.tsv},
 * kind {@value #UNREST}) rather than event words of their own, which would make a second event at the same place.
 */
final class ProtestTurnedViolent implements Rule {
    static final String UNREST = "unrest";

    @Override
    public String description() {
        return "a protest told beside demonstrators' violence (clashes, stones, fire) is a violent demonstration (Riots)";
    }

    /** Whether a group of this event type, with these mentions and their sentences' cue kinds, is a riot. */
    boolean turns(String eventType, List<Mention> mentions, Map<Mention, Set<String>> contextCues) {
        if (!AcledLabel.PROTESTS.is(eventType)) {
            return false;
        }
        for (Mention m : mentions) {
            if (contextCues.getOrDefault(m, Set.of()).contains(UNREST)) {
                return true;
            }
        }
        return false;
    }
}
