package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The title restates the body's main event in fewer words, often naming only the country or the region: it joins
 * the first event of its kind in that country, whatever the day it implies; failing that, the first of exactly its
 * kind anywhere ("Colombia ceasefire" for a ceasefire agreed in Havana).
 */
final class TitleJoinsBodyEvent implements Rule {
    @Override
    public String description() {
        return "the title joins the body's first event of its kind in its country (else of exactly its kind) instead of starting one";
    }

    /** The group the title's mention joins, or null; {@code sameKind} is the grouping's own test of kinds. */
    MentionGroup home(List<MentionGroup> groups, Mention title, BiPredicate<MentionGroup, Mention> sameKind) {
        for (MentionGroup g : groups) {
            if (sameKind.test(g, title) && g.sameCountry(title)) {
                return g;
            }
        }
        for (MentionGroup g : groups) {
            if (sameKind.test(g, title) && g.subEventType().equals(title.trigger().subEventType())) {
                return g;
            }
        }
        return null;
    }
}
