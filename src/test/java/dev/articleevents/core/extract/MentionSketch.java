package dev.articleevents.core.extract;

import dev.articleevents.core.geo.Place;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mention built by hand for the grouping rules' tests: a sure word, placed and dated by its own sentence unless
 * told otherwise. The one place the tests call Mention's constructor.
 */
final class MentionSketch {
    private Trigger trigger;
    private PlaceMention place;
    private PlaceMention enclosing;
    private LocalDate date;
    private boolean dateKnown = true;
    private boolean vagueDate;
    private boolean anchored = true;
    private boolean placeStated = true;
    private boolean headline;
    private Mention follows;
    private int story;
    private final List<ActorMention> actors = new ArrayList<>();

    private MentionSketch(String subEventType, double weight) {
        this.trigger = new Trigger(0, 1, EventKinds.of(subEventType).eventType(), subEventType, weight);
    }

    /** A mention of {@code subEventType} told by a word of that weight. */
    static MentionSketch of(String subEventType, double weight) {
        return new MentionSketch(subEventType, weight);
    }

    static PlaceMention town(String name, String country) {
        return new PlaceMention(0, 1, 0, name.length(), name, new Place(name.hashCode() & 0xffff, name, country, null, new Place.Point(1.0, 2.0),
                new Place.Feature("city", "PPL"), 1000), null, 0.9);
    }

    /** A town named after a place word ({@code cueKind}), {@code charStart} characters into the mention's sentence. */
    static PlaceMention town(String name, String country, String cueKind, int charStart) {
        return new PlaceMention(0, 1, charStart, charStart + name.length(), name, new Place(name.hashCode() & 0xffff, name, country,
                null, new Place.Point(1.0, 2.0), new Place.Feature("city", "PPL"), 1000), cueKind);
    }

    static PlaceMention country(String name, String country) {
        return new PlaceMention(0, 1, 0, name.length(), name, new Place(country.hashCode(), name, country, null, new Place.Point(1.0, 2.0),
                new Place.Feature("country", "PCLI"), 1_000_000), null, 0.9);
    }

    /** A village the gazetteer lacks, known from its cue word. */
    static PlaceMention village(String name) {
        return new PlaceMention(0, 1, 0, name.length(), name, null, "settlement");
    }

    MentionSketch at(PlaceMention p) {
        this.place = p;
        return this;
    }

    MentionSketch around(PlaceMention p) {
        this.enclosing = p;
        return this;
    }

    MentionSketch on(String isoDate) {
        this.date = isoDate == null ? null : LocalDate.parse(isoDate);
        return this;
    }

    MentionSketch undated() {
        this.dateKnown = false;
        return this;
    }

    MentionSketch vague() {
        this.vagueDate = true;
        this.date = null;
        return this;
    }

    MentionSketch generalTalk() {
        this.anchored = false;
        return this;
    }

    MentionSketch placeBorrowed() {
        this.placeStated = false;
        return this;
    }

    MentionSketch title() {
        this.headline = true;
        return this;
    }

    MentionSketch following(Mention previous) {
        this.follows = previous;
        return this;
    }

    MentionSketch story(int story) {
        this.story = story;
        return this;
    }

    MentionSketch actor(String canonical, String kind) {
        actors.add(new ActorMention(0, 1, canonical, kind, canonical, null));
        return this;
    }

    Mention build() {
        return new Mention(trigger, new Mention.At(new Span(0, 10), story, new Span(0, 0), headline),
                new Mention.Where(place, enclosing, null, placeStated),
                new Mention.Day(date, date == null ? null : date.toString(), dateKnown, vagueDate),
                new Mention.Who(List.copyOf(actors), List.of()), List.of(), anchored, follows);
    }

    /** A group begun by this mention, typed by a fresh chain's rules. */
    MentionGroup group() {
        return new MentionGroup(build(), new EventTyping(new GroupingRules()));
    }
}
