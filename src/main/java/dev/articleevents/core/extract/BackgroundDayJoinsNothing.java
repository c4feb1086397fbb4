package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.time.LocalDate;

/** A ceasefire of last year is not today's undated report of a ceasefire, and must not date it. */
final class BackgroundDayJoinsNothing implements Rule {
    @Override
    public String description() {
        return "a mention dated long before publication does not join (and date) an undated event";
    }

    /** @param dated the mention that dates the event so far */
    boolean keepsApart(Mention dated, Mention m, LocalDate published) {
        return !dated.dateKnown() && m.dateKnown() && BackgroundEventDropped.background(m.date(), published);
    }
}
