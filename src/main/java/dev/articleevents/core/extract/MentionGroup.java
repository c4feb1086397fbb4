package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions grouped as one event so far, and what the grouping asks of them. What it asks of every group for
 * every new mention is kept up to date as mentions join: asking the mentions each time made a long article
 * quadratic (a story repeated puts every copy's mentions into one group).
 */
final class MentionGroup {
    private final List<Mention> mentions = new ArrayList<>();
    private PlaceMention place;
    private String placeKey = "";
    private boolean placeStated;
    private boolean anyPlaceStated;
    private boolean anyCountryless;
    private final Set<String> countries = new HashSet<>();
    private Mention firstDatedAnchored;
    private Mention firstAnchoredOrDated;
    private String subEventType;
    private String eventType;
    private double weight;

    /** A group of one mention, typed by its word. */
    MentionGroup(Mention first, EventTyping typing) {
        add(first, typing);
    }

    void add(Mention m, EventTyping typing) {
        mentions.add(m);
        notePlace(m);
        anyPlaceStated |= m.placeStated();
        String country = country(m);
        if (country == null) {
            anyCountryless = true;
        } else {
            countries.add(country);
        }
        if (firstDatedAnchored == null && m.dateKnown() && m.anchored()) {
            firstDatedAnchored = m;
        }
        if (firstAnchoredOrDated == null && (m.anchored() || m.dateKnown())) {
            firstAnchoredOrDated = m;
        }
        typing.type(this, m);
    }

    /*
     * A place the sentence itself names beats one taken from the context, then the more specific, then the first;
     * kept as mentions join since asking every mention at each comparison made long articles quadratic.
     */
    private void notePlace(Mention m) {
        if (m.place() == null) {
            return;
        }
        boolean better = place == null || m.placeStated() && !placeStated
                || m.placeStated() == placeStated && m.place().specificity() > place.specificity();
        if (better) {
            place = m.place();
            placeKey = EventAssembler.placeKey(place);
            placeStated = m.placeStated();
        }
    }

    void retype(Trigger t) {
        subEventType = t.subEventType();
        eventType = t.eventType();
    }

    void raiseWeight(double w) {
        weight = Math.max(weight, w);
    }

    List<Mention> mentions() {
        return mentions;
    }

    Mention first() {
        return mentions.get(0);
    }

    PlaceMention place() {
        return place;
    }

    String placeKey() {
        return placeKey;
    }

    boolean anyPlaceStated() {
        return anyPlaceStated;
    }

    String subEventType() {
        return subEventType;
    }

    String eventType() {
        return eventType;
    }

    /** The surest event word's weight among the mentions that typed the event. */
    double weight() {
        return weight;
    }

    /** Whether the mention's country is one of the group's (a mention or group without a country matches any). */
    boolean sameCountry(Mention m) {
        String mine = country(m);
        return mine == null || anyCountryless || countries.contains(mine);
    }

    /** The mention that dates the event: the first that knows its day, preferring one that could start an event. */
    Mention dated() {
        // general talk joined to the event ("the strikes came a week after the chemical attack") does not
        // date it: the event's own undated report, dated by its context, does
        return firstDatedAnchored != null ? firstDatedAnchored : firstAnchoredOrDated != null ? firstAnchoredOrDated : mentions.get(0);
    }

    static String country(Mention m) {
        if (m.place() != null && m.place().place() != null) {
            return m.place().place().country();
        }
        return m.enclosing() != null && m.enclosing().place() != null ? m.enclosing().place().country() : null;
    }
}
