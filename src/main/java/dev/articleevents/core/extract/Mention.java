package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence's report of one kind of action: the trigger, and what the sentence (or, failing that, its
 * paragraph or story) says about when, where, who, how many and according to whom.
 *
 * @param place       the place the action happened (null when no place is known at all)
 * @param enclosing   when the place is a village the gazetteer lacks, the known place around it
 * @param sublocation a district or front line inside the place, or null
 * @param dateKnown   false when the text says nothing about the day (then date is the fallback)
 * @param vagueDate   true when the text explicitly gives no day ("last week")
 * @param anchored    whether its own sentence gives a date, a place or a casualty figure; a mention with
 *                    none of these (general talk: "suicide bombers slowed the advance") joins an event
 *                    but never starts one
 * @param placeStated whether the place was named in the mention's own sentence (not taken from context,
 *                    nor a city standing in for a country the sentence named)
 * @param headline    whether the mention comes from the title, which restates the article's main event
 * @param follows     the mention this one continues ("The violence took place on Friday…"), or null
 */
public record Mention(Trigger trigger, Span sentence, int story, PlaceMention place, PlaceMention enclosing,
                      PlaceMention sublocation,
                      LocalDate date, String dateText, boolean dateKnown, boolean vagueDate,
                      List<ActorMention> actors, List<CasualtyFigure> casualties, List<String> sources,
                      int triggerChar, boolean anchored, boolean placeStated, boolean headline,
                      Mention follows) {
}
