package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

/** "The violence took place on Friday in the municipality of X": the day and place of the event just told. */
final class DayAndPlaceOfPrevious implements Rule {
    private final EventAnaphors anaphors;

    DayAndPlaceOfPrevious(EventAnaphors anaphors) {
        this.anaphors = anaphors;
    }

    @Override
    public String description() {
        return "a sentence with no event word that refers back (\"the violence\") and names a day or a town dates or places the event just told";
    }

    /** The event just told, dated or placed by this sentence; null when the rule does not apply. */
    Mention lent(SentenceAt s, SentenceReading r, Mention previous) {
        if (r.notAnEvent() || previous == null || previous.story() != s.story() || previous.trigger().weight() < MentionFinder.WEAK_WEIGHT
                || !anaphors.present(s.tokens(), s.from(), s.to(), s.language())) {
            return null;
        }
        DateMention date = r.dates().stream().filter(d -> !d.vague() && !d.followingOnly() && d.date() != null)
                .findFirst().orElse(null);
        PlaceMention place = SentencePlaces.best(r.places(), null, false);
        boolean placeHere = place != null && place.specificity() > 1;
        if (date == null && !placeHere) {
            return null;
        }
        Mention.Where where = new Mention.Where(placeHere ? place : previous.place(), placeHere ? null : previous.enclosing(),
                previous.sublocation(), placeHere || previous.placeStated());
        Mention.Day day = new Mention.Day(date != null ? date.date() : previous.date(), date != null ? date.text() : previous.dateText(),
                date != null || previous.dateKnown(), date == null && previous.vagueDate());
        return new Mention(previous.trigger(), new Mention.At(s.span(), s.story(), previous.word(), false), where, day,
                new Mention.Who(r.actors(), r.attributed()), r.figures(), true, previous);
    }
}
