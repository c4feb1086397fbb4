package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlaceMention;

import java.util.ArrayList;
import java.util.List;

/**
 * The actors of an event word: those its sentence names, with the nationality named right after the word first,
 * then what the actor rules add (the states named, the civilians hit, the armed actors of the paragraph and story).
 */
final class MentionActors {
    private final ActorRecognizer recognizer;
    private final TargetKind targets;
    private final SentenceRules rules;

    MentionActors(ActorRecognizer recognizer, TargetKind targets, SentenceRules rules) {
        this.recognizer = recognizer;
        this.targets = targets;
        this.rules = rules;
    }

    /** The actors of {@code t}, an event of {@code kind} at {@code place}. */
    List<ActorMention> of(Trigger t, EventKinds.Kind kind, PlaceMention place, SentenceAt s, SentenceReading r, SentenceContext ctx) {
        List<ActorMention> found = new ArrayList<>(r.actors());
        ActorMention byNationality = recognizer.nationalityAfter(s.text(), s.tokens(), t.end(), s.to(), s.language());
        if (byNationality != null) {
            found.add(0, byNationality);
        }
        if (rules.parties.addTo(kind, r.places(), found)) {
            rules.fired(rules.parties);
        }
        if (rules.perpetrators.addTo(kind, place, r.places(), found)) {
            rules.fired(rules.perpetrators);
        }
        if (rules.civiliansHit.addTo(t, kind, targets.firstIn(s.tokens(), s.from(), s.to(), s.language()), found)) {
            rules.fired(rules.civiliansHit);
        }
        if (rules.paragraphArmed.addTo(kind, s, found)) {
            rules.fired(rules.paragraphArmed);
        }
        if (rules.stateAuthor.addTo(kind, ctx, found)) {
            rules.fired(rules.stateAuthor);
        }
        if (rules.otherSide.addTo(kind, ctx, found)) {
            rules.fired(rules.otherSide);
        }
        return found;
    }
}
