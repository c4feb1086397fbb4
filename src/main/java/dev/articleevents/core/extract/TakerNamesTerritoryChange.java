package dev.articleevents.core.extract;

import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.rules.Rule;

import java.util.List;

/**
 * Ground taken is coded by who took it (ACLED practice): the state's own forces at home regain territory; an armed
 * group or a foreign army overtakes it. The words alone ("took control of") do not say which; the taker is the
 * first armed actor of the first mention that names one.
 */
final class TakerNamesTerritoryChange implements Rule {
    @Override
    public String description() {
        return "ground taken by the state's own forces is Government regains territory, by anyone else Non-state actor overtakes territory";
    }

    /** @param countryName the event's country as actors name it, or null when the event has no country */
    String subEventType(String subEventType, List<Mention> mentions, String countryName) {
        if (!AcledLabel.GOVERNMENT_REGAINS_TERRITORY.is(subEventType) && !AcledLabel.NON_STATE_ACTOR_OVERTAKES_TERRITORY.is(subEventType)) {
            return subEventType;
        }
        for (Mention m : mentions) {
            for (ActorMention a : m.actors()) {
                if (a.kind().equals("civilians") || "target".equals(a.cuedRole())) {
                    continue;
                }
                return ownState(a, countryName) ? AcledLabel.GOVERNMENT_REGAINS_TERRITORY.label()
                        : AcledLabel.NON_STATE_ACTOR_OVERTAKES_TERRITORY.label();
            }
        }
        return subEventType;
    }

    private static boolean ownState(ActorMention a, String countryName) {
        return a.isStateForce() && (a.canonical().contains(ActorMention.COUNTRY_PLACEHOLDER)
                || !a.canonical().startsWith("Military Forces of") && !a.canonical().startsWith("Police Forces of")
                || countryName != null && a.canonical().endsWith(countryName));
    }
}
