package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What carries from sentence to sentence: the places and dates told so far in the paragraph and the story, the
 * armed actors named, and the mentions just made. A sentence that does not say when, where or who takes it
 * from here, nearest first.
 */
final class SentenceContext {
    PlaceMention storyPlace;
    PlaceMention paragraphPlace;
    DateMention storyDate;
    DateMention paragraphDate;
    /** the date the text told last in this story ("la veille" counts from it) */
    LocalDate lastDate;
    /** armed actors named so far in this story, latest last */
    final List<ActorMention> storyArmed = new ArrayList<>();
    int story = -1;
    Mention lastMention;
    /** The surest event of the last sentence that told any ("Explosions and gunfire rocked…": the explosions). */
    Mention sentenceMain;
    /** Whether the sentence before gave a running total. */
    boolean afterTotal;
    int paragraphsInStory;

    /** A paragraph of story {@code story} begins: a new story forgets what the last one told. */
    void startParagraph(int story) {
        if (story != this.story) {
            this.story = story;
            storyPlace = null;
            storyDate = null;
            lastDate = null;
            storyArmed.clear();
            lastMention = null;
            sentenceMain = null;
            afterTotal = false;
            paragraphsInStory = 0;
        }
        paragraphPlace = null;
        paragraphDate = null;
        paragraphsInStory++;
    }

    /** The armed actor of this story named last that passes the test. */
    Optional<ActorMention> lastArmed(Predicate<ActorMention> test) {
        for (int k = storyArmed.size() - 1; k >= 0; k--) {
            if (test.test(storyArmed.get(k))) {
                return Optional.of(storyArmed.get(k));
            }
        }
        return Optional.empty();
    }

    /** The event just told: the main event of the sentence before, not whatever it named last. */
    Mention previous() {
        return sentenceMain != null && lastMention != null && sentenceMain.sentence().equals(lastMention.sentence())
                ? sentenceMain : lastMention;
    }

    /** Where a sentence is when it does not say: the paragraph's place, else the story's, else the article's. */
    PlaceMention placeOr(PlaceMention articlePlace) {
        return paragraphPlace != null ? paragraphPlace : storyPlace != null ? storyPlace : articlePlace;
    }

    /** Notes a mention made: the last one, and the sentence's main one while it is the surest of its sentence. */
    void made(Mention m) {
        if (sentenceMain == null || !sentenceMain.sentence().equals(m.sentence()) || m.trigger().weight() > sentenceMain.trigger().weight()) {
            sentenceMain = m;
        }
        lastMention = m;
    }

    /** The context for the sentences that follow: the armed actors, place and date this one named. */
    void carry(SentenceReading r) {
        r.actors().stream().filter(ActorMention::isArmed).forEach(storyArmed::add);
        PlaceMention placeHere = SentencePlaces.best(r.places(), null, false);
        if (placeHere != null) {
            paragraphPlace = placeHere;
            if (storyPlace == null || placeHere.specificity() >= storyPlace.specificity()) {
                storyPlace = placeHere;
            }
        }
        for (DateMention d : r.dates()) {
            if (!d.vague() && !d.followingOnly() && d.date() != null) {
                lastDate = d.date();
                paragraphDate = d;
                if (storyDate == null) {
                    storyDate = d;
                }
            }
        }
    }
}
