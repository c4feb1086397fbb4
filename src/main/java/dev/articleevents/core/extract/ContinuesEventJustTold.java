package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

import java.time.LocalDate;
import java.util.Objects;

/** "The airstrike was carried out on Wednesday near X": the strike just told, now dated or placed. */
final class ContinuesEventJustTold implements Rule {
    private final EventAnaphors anaphors;

    ContinuesEventJustTold(EventAnaphors anaphors) {
        this.anaphors = anaphors;
    }

    @Override
    public String description() {
        return "an event word of the kind just told, after a definite article, continues that event unless it names another town or day";
    }

    /** Whether the mention of {@code t} continues {@code last}, given the place and day found for it. */
    boolean applies(Trigger t, SentenceAt s, Mention last, Mention.Where where, DateMention date, Mention.Day day) {
        return !s.headline() && last != null && last.story() == s.story() && !last.headline()
                && last.trigger().subEventType().equals(t.subEventType()) && anaphors.definiteBefore(s.tokens(), t.start(), s.from(), s.language())
                && (!where.stated() || !last.placeStated() || EventAssembler.placeKey(where.place()).equals(EventAssembler.placeKey(last.place())))
                && (date == null || date.vague() || !last.dateKnown() || sameDay(day.date(), day.text(), last));
    }

    /** Without a publication date a weekday resolves to no day: then the words must be the same. */
    private static boolean sameDay(LocalDate day, String dayText, Mention last) {
        return day != null ? day.equals(last.date()) : last.date() == null && Objects.equals(dayText, last.dateText());
    }
}
