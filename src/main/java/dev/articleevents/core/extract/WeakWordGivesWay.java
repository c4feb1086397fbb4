package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** "Killed", "attack" beside "air strike": the weak word says less about the same action than the precise one. */
final class WeakWordGivesWay implements Rule {
    @Override
    public String description() {
        return "a weak event word (\"killed\", \"attack\") beside a surer one in its sentence gives way to it: no mention";
    }

    boolean givesWay(Trigger t, double strongest) {
        return t.weight() < MentionFinder.WEAK_WEIGHT && strongest >= MentionFinder.WEAK_WEIGHT;
    }
}
