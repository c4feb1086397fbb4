package dev.articleevents.core.extract;

import dev.articleevents.core.model.Span;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One event word of a sentence as a mention: its day, place, actors and figures, from the sentence or, failing
 * that, its context; a word aimed at places joined by "and" is a mention at each.
 */
final class MentionBuilder {
    private final SentenceRules rules;
    private final MentionActors actors;
    private final EventAnaphors anaphors;
    private final CauseMarkers causes = new CauseMarkers();

    MentionBuilder(SentenceRules rules, MentionActors actors, EventAnaphors anaphors) {
        this.rules = rules;
        this.actors = actors;
        this.anaphors = anaphors;
    }

    /** What the sentence's event words share: the words themselves, the dates of events, the words a cause word introduces. */
    private record Words(List<Trigger> kept, List<DateMention> eventDates, Set<Integer> caused) {
    }

    /** The mentions of the event words {@code kept}, added to {@code out}. */
    void mentionsOf(List<Trigger> kept, SentenceAt s, SentenceReading r, SentenceContext ctx, List<Mention> out) {
        // a day right after "said" dates the statement: the event's own day, if the sentence gives one, wins
        Set<Integer> afterSaying = r.sayings().after();
        Words words = new Words(kept, r.dates().stream().filter(d -> !afterSaying.contains(d.start())).toList(),
                causes.causedAt(s.tokens(), s.from(), s.to(), s.language()));
        for (Trigger t : kept) {
            mentionOf(t, words, s, r, ctx, out);
        }
    }

    private void mentionOf(Trigger t, Words words, SentenceAt s, SentenceReading r, SentenceContext ctx, List<Mention> out) {
        DateMention date = nearestDate(words.eventDates(), t);
        PlaceMention named = SentencePlaces.best(r.places(), t, false);
        // a mention starts an event only when its own sentence dates it or counts victims; a
        // sentence with a place but neither is, in news prose, usually background or commentary
        boolean earlier = date == null && anaphors.earlierEventAt(s.tokens(), t.start(), s.from(), s.language());
        boolean anchored = !earlier && (date != null && !date.vague() || date != null && date.vague() && named != null
                || named != null && s.leadParagraph() && t.weight() >= 0.6);
        EventKinds.Kind kind = EventKinds.of(t.subEventType());
        PlaceMention place = placeOf(named, kind, s, r, ctx);
        Mention.Where where = new Mention.Where(place, enclosingOf(place, s, r), SentencePlaces.best(r.places(), t, true),
                named != null && named.specificity() > 1);
        Mention.Day day = dayOf(t, date, earlier, s, r, ctx);
        List<CasualtyFigure> own = figuresNearest(r.figures(), words.kept(), t, s.tokens(), words.caused());
        Mention.Who who = new Mention.Who(actors.of(t, kind, place, s, r, ctx), r.attributed());
        Mention last = ctx.lastMention;
        boolean continues = rules.continuesEvent.applies(t, s, last, where, date, day) && rules.fired(rules.continuesEvent);
        List<PlaceMention> alsoAt = where.stated() ? rules.placesJoined.joinedTo(s.text(), r.places(), place, s.tokens()) : List.of();
        boolean anchoredHere = anchored || own.stream().anyMatch(f -> !"single".equals(f.count().kind()));
        Span word = new Span(s.tokens().get(t.start()).start(), s.tokens().get(t.end() - 1).end());
        Mention m = new Mention(t, new Mention.At(s.span(), s.story(), word, s.headline()), where, day, who,
                alsoAt.isEmpty() ? own : List.of(), anchoredHere, continues ? last : null);
        out.add(m);
        ctx.made(m);
        if (!alsoAt.isEmpty() && rules.fired(rules.placesJoined)) {
            for (PlaceMention other : alsoAt) {
                out.add(new Mention(t, new Mention.At(s.span(), s.story(), word, false),
                        new Mention.Where(other, where.enclosing(), null, true), day, who, List.of(), m.anchored(), null));
            }
        }
    }

    /**
     * Where the event word's action happened, from the place the sentence names nearest it: not a foreign state
     * named beside a strike or battle, the context's place when the sentence names none, and the story's city
     * when it names only that city's country.
     */
    private PlaceMention placeOf(PlaceMention named, EventKinds.Kind kind, SentenceAt s, SentenceReading r, SentenceContext ctx) {
        PlaceMention place = named;
        if (rules.foreignStateIsParty.applies(place, kind, r.context()) && rules.fired(rules.foreignStateIsParty)) {
            place = null;
        }
        if (place == null) {
            return r.context();
        }
        if (place.specificity() == 1) {
            PlaceMention city = rules.cityForCountry.city(place, ctx, s.articlePlace());
            if (city != null && rules.fired(rules.cityForCountry)) {
                return city;
            }
        }
        return place;
    }

    /** The known place around a village the gazetteer lacks. */
    private static PlaceMention enclosingOf(PlaceMention place, SentenceAt s, SentenceReading r) {
        if (place == null || place.place() != null) {
            return null;
        }
        // a village lies in the area the story is about, unless its own sentence names a town
        return r.places().stream().filter(p -> p.place() != null && p.specificity() >= 2)
                .max(Comparator.comparingInt(PlaceMention::specificity))
                .orElse(r.context() != null && r.context().place() != null ? r.context() : s.articlePlace());
    }

    /** The day of an event word: its own date, else the day the statement was made, else the paragraph's or story's, else publication. */
    private static Mention.Day dayOf(Trigger t, DateMention date, boolean earlier, SentenceAt s, SentenceReading r, SentenceContext ctx) {
        // only the statement's day: the best guess, but not a stated event day (a later "the strikes were
        // carried out on Wednesday" may still date it)
        DateMention said = date == null ? nearestDate(r.dates(), t) : null;
        if (said != null && (said.vague() || said.date() == null)) {
            said = null;
        }
        DateMention told = date != null ? date : said != null ? said : ctx.paragraphDate != null ? ctx.paragraphDate : ctx.storyDate;
        boolean known = date != null || date == null && said == null && !earlier && (ctx.paragraphDate != null || ctx.storyDate != null);
        return new Mention.Day(told != null ? told.date() : s.published(), told != null ? told.text() : null, known,
                date != null && date.vague());
    }

    /** The concrete date nearest the trigger; a vague one ("last week") only when there is no concrete one. */
    private static DateMention nearestDate(List<DateMention> dates, Trigger t) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            if (d.vague() || d.followingOnly() && !(t.start() >= d.end() && t.start() - d.end() <= 3)) {
                continue;
            }
            int distance = d.start() >= t.end() ? d.start() - t.end() : t.start() - d.end();
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return dates.stream().filter(DateMention::vague).findFirst().orElse(null);
        }
        return best;
    }

    /**
     * Each figure belongs to the trigger nearest it in the sentence; a trigger after it that a cause word introduces
     * ("killed … in an air strike") comes first, however far.
     */
    private static List<CasualtyFigure> figuresNearest(List<CasualtyFigure> figures, List<Trigger> triggers, Trigger t,
                                                       List<Token> tokens, Set<Integer> caused) {
        List<CasualtyFigure> own = new ArrayList<>();
        for (CasualtyFigure f : figures) {
            Trigger nearest = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Trigger other : triggers) {
                int ts = tokens.get(other.start()).start();
                int te = tokens.get(other.end() - 1).end();
                int distance = f.start() >= te ? f.start() - te : ts >= f.end() ? ts - f.end() : 0;
                if (ts >= f.end() && caused.contains(other.start())) {
                    distance -= 10_000; // the named cause
                }
                if (distance < bestDistance) {
                    nearest = other;
                    bestDistance = distance;
                }
            }
            if (nearest == t) {
                own.add(f);
            }
        }
        return own;
    }
}
