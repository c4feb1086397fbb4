package dev.articleevents.core.extract;

import dev.articleevents.core.model.EventEvidence;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence's report of one kind of action: the trigger, and what the sentence (or, failing that, its
 * paragraph or story) says about when, where, who, how many and according to whom. The grouping reads it
 * through the flat accessors below; the finder builds it from the parts.
 *
 * @param at         where the report stands in the article
 * @param where      where the action happened
 * @param day        when it happened
 * @param who        its actors and the sources that tell it
 * @param casualties the figures the sentence gives for it
 * @param anchored   whether its own sentence gives a date, a place or a casualty figure; a mention with
 *                   none of these (general talk: "suicide bombers slowed the advance") joins an event
 *                   but never starts one
 * @param follows    the mention this one continues ("The violence took place on Friday…"), or null
 */
public record Mention(Trigger trigger, At at, Where where, Day day, Who who, List<CasualtyFigure> casualties,
                      boolean anchored, Mention follows) {

    /**
     * @param sentence    the sentence that tells it
     * @param word     where its event word stands in the text (characters)
     * @param headline whether the mention comes from the title, which restates the article's main event
     */
    public record At(Span sentence, int story, Span word, boolean headline) {
    }

    /**
     * @param place       the place the action happened (null when no place is known at all)
     * @param enclosing   when the place is a village the gazetteer lacks, the known place around it
     * @param sublocation a district or front line inside the place, or null
     * @param stated      whether the place was named in the mention's own sentence (not taken from context,
     *                    nor a city standing in for a country the sentence named)
     */
    public record Where(PlaceMention place, PlaceMention enclosing, PlaceMention sublocation, boolean stated) {
    }

    /**
     * @param known false when the text says nothing about the day (then date is the fallback)
     * @param vague true when the text explicitly gives no day ("last week")
     */
    public record Day(LocalDate date, String text, boolean known, boolean vague) {
    }

    /** The actors of the action and the sources the sentence (or its paragraph) attributes it to, where named. */
    public record Who(List<ActorMention> actors, List<EventEvidence.Source> sources) {
    }

    /** Where its event word stands in the text. */
    public Span word() {
        return at.word();
    }

    public Span sentence() {
        return at.sentence();
    }

    public int story() {
        return at.story();
    }

    public int triggerChar() {
        return at.word().start();
    }

    public boolean headline() {
        return at.headline();
    }

    public PlaceMention place() {
        return where.place();
    }

    public PlaceMention enclosing() {
        return where.enclosing();
    }

    public PlaceMention sublocation() {
        return where.sublocation();
    }

    public boolean placeStated() {
        return where.stated();
    }

    public LocalDate date() {
        return day.date();
    }

    public String dateText() {
        return day.text();
    }

    public boolean dateKnown() {
        return day.known();
    }

    public boolean vagueDate() {
        return day.vague();
    }

    public List<ActorMention> actors() {
        return who.actors();
    }

    /** The sources' names, each once, in the order the text names them. */
    public List<String> sources() {
        return who.sources().stream().map(EventEvidence.Source::name).distinct().toList();
    }
}
