package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.time.LocalDate;

/**
 * An event told for a day more than {@value #BACKGROUND_DAYS} days before publication is background (what led to
 * today's news), not news: it is not reported. A vague date still bounds the day ("in January": the 31st at latest).
 */
final class BackgroundEventDropped implements Rule {
    static final int BACKGROUND_DAYS = 30;

    @Override
    public String description() {
        return "an event dated more than " + BACKGROUND_DAYS + " days before publication is background and dropped";
    }

    static boolean background(LocalDate date, LocalDate published) {
        return date != null && published != null && date.isBefore(published.minusDays(BACKGROUND_DAYS));
    }

    /** @param latest the event's day, or the last day its vague date allows */
    boolean drops(LocalDate latest, LocalDate published) {
        return background(latest, published);
    }
}
