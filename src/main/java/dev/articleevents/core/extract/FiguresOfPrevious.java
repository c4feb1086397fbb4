package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.rules.Rule;

/** "Police said five people were killed": figures without an event word of their own are for the event just described. */
final class FiguresOfPrevious implements Rule {
    @Override
    public String description() {
        return "a sentence with casualty figures and no event word gives the toll of the event just told, unless it names another day";
    }

    /** The event just told, again, with this sentence's figures; null when the rule does not apply. */
    Mention lent(SentenceAt s, SentenceReading r, Mention previous) {
        if (r.notAnEvent() || r.figures().isEmpty() || previous == null || previous.story() != s.story() || otherDay(r, previous)) {
            return null;
        }
        // a district the sentence names ("in the Barkan industrial zone") is where in that place it happened
        PlaceMention districtHere = SentencePlaces.best(r.places(), null, true);
        Mention.Where where = new Mention.Where(previous.place(), previous.enclosing(),
                districtHere != null ? districtHere : previous.sublocation(), previous.placeStated());
        return new Mention(previous.trigger(), new Mention.At(s.span(), s.story(), previous.word(), previous.headline()),
                where, previous.day(), new Mention.Who(r.actors(), r.attributed()), r.figures(), true, previous);
    }

    /** A sentence that names a day of its own other than the previous event's is about something else. */
    private static boolean otherDay(SentenceReading r, Mention previous) {
        return r.dates().stream().anyMatch(d -> !d.vague() && d.date() != null && !d.date().equals(previous.date()));
    }
}
