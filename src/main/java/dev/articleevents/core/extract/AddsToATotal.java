package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/** "Since the offensive began, 300 were killed. Also killed were…": the second sentence adds to the total, not an event. */
final class AddsToATotal implements Rule {
    @Override
    public String description() {
        return "a sentence adding to the running total the sentence before gave (\"also killed\") tells no event of its own";
    }

    boolean applies(NonEventCues.Reading cues, boolean afterTotal) {
        return afterTotal && cues.addsToPrevious();
    }
}
