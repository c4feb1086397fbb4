package dev.articleevents.core.extract;

import dev.articleevents.core.model.EventEvidence;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.ReportingVerbs;
import dev.articleevents.core.rules.Rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads what a sentence names, once for all the rules that follow: its dates, sayings, actors, places, figures and
 * the event words that make mentions (weak words give way to a precise one, strategic words need a sure one, a
 * loose word beside the surer word it describes is dropped).
 */
final class SentenceReader {
    private final TriggerLexicon triggers;
    private final DateResolver dates;
    private final CasualtyReader casualties;
    private final ActorRecognizer actors;
    private final SourceRecognizer sources;
    private final NonEventCues nonEvents;
    private final SentenceRules rules;
    private final ReportingVerbs reporting = new ReportingVerbs();
    private final CapitalWords capitals = new CapitalWords();

    SentenceReader(TriggerLexicon triggers, DateResolver dates, CasualtyReader casualties, ActorRecognizer actors,
                   SourceRecognizer sources, NonEventCues nonEvents, SentenceRules rules) {
        this.triggers = triggers;
        this.dates = dates;
        this.casualties = casualties;
        this.actors = actors;
        this.sources = sources;
        this.nonEvents = nonEvents;
        this.rules = rules;
    }

    /** Everything the sentence names, once; updates the running-total state of the context as it reads. */
    SentenceReading read(SentenceAt s, SentenceContext ctx) {
        List<SourceRecognizer.SourceMention> sourceNames = sources.find(s.text(), s.tokens(), s.from(), s.to(), s.language());
        ReportingVerbs.Sayings sayings = reporting.find(s.tokens(), s.from(), s.to(), s.language());
        List<ActorMention> sentenceActors = actorsOf(s, sourceNames, sayings);
        List<PlaceMention> sentencePlaces = placesOf(s, sourceNames, sentenceActors);
        PlaceMention context = ctx.placeOr(s.articlePlace());
        if (rules.capitalIsStoryCity.applies(sentencePlaces, context, () -> capitals.present(s.tokens(), s.from(), s.to(), s.language()))
                && rules.fired(rules.capitalIsStoryCity)) {
            sentencePlaces = Stream.concat(sentencePlaces.stream(), Stream.of(context)).toList();
        }
        List<CasualtyFigure> figures = casualties.read(s.text(), s.tokens(), s.from(), s.to(), s.language());
        NonEventCues.Reading cues = nonEvents.read(s.tokens(), s.from(), s.to(), s.language());
        boolean notAnEvent = rules.nonEvent.applies(cues) && rules.fired(rules.nonEvent)
                || rules.addsToTotal.applies(cues, ctx.afterTotal) && rules.fired(rules.addsToTotal);
        // the total stays the topic through sentences that give no figures ("Ankara denies targeting civilians")
        ctx.afterTotal = cues.cumulative() || ctx.afterTotal && (figures.isEmpty() || cues.addsToPrevious());
        List<Trigger> found = notAnEvent ? List.of() : outsideNames(triggers.find(s.tokens(), s.from(), s.to(), s.language()), sentenceActors);
        double strongest = found.stream().mapToDouble(Trigger::weight).max().orElse(0);
        List<Trigger> kept = eventWords(found, strongest, s, figures, sentencePlaces);
        List<EventEvidence.Source> sentenceSources = SourceRecognizer.located(sourceNames, s.tokens());
        List<EventEvidence.Source> attributed = sentenceSources.isEmpty() ? s.paragraphSources() : sentenceSources;
        return new SentenceReading(datesOf(s, ctx), sayings, sentenceActors, sentencePlaces, context, figures, attributed,
                new SentenceReading.EventWords(kept, strongest, notAnEvent));
    }

    /** The sentence's dates; "la veille" counts from the date the story told last, when it told one. */
    private List<DateMention> datesOf(SentenceAt s, SentenceContext ctx) {
        return dates.find(s.text(), s.tokens(), s.from(), s.to(), s.published(), s.language()).stream()
                .map(d -> d.fromContext() && ctx.lastDate != null
                        ? new DateMention(d.start(), d.end(), ctx.lastDate.plusDays(d.contextOffset()), false, d.text(), false, d.contextOffset())
                        : d)
                .toList();
    }

    /**
     * "police said", "police and medical sources said", "a police officer told Reuters": who reports the event is
     * its source, not one of its sides (in English and French the speaker stands right before the verb; Arabic puts
     * the verb first, where the speaker is often the actor too).
     */
    private List<ActorMention> actorsOf(SentenceAt s, List<SourceRecognizer.SourceMention> sourceNames, ReportingVerbs.Sayings sayings) {
        Set<Integer> sayingAt = "ar".equals(s.language()) ? Set.of() : sayings.starts();
        return actors.find(s.text(), s.tokens(), s.from(), s.to(), s.language()).stream()
                .filter(a -> sourceNames.stream().noneMatch(src -> src.start() < a.end() && a.start() < src.end()))
                .filter(a -> IntStream.rangeClosed(a.end(), a.end() + 3).noneMatch(sayingAt::contains))
                .toList();
    }

    /**
     * The places of the sentence where things can happen: not inside an actor's or agency's name, not a dateline
     * opening the sentence, nor the country named right after it.
     */
    private static List<PlaceMention> placesOf(SentenceAt s, List<SourceRecognizer.SourceMention> sourceNames,
                                               List<ActorMention> sentenceActors) {
        int from = s.from();
        List<PlaceMention> inSentence = SentencePlaces.within(s.places(), from, s.to());
        // "JAKARTA, Indonesia —": where the reporter files from is no place of the sentence's events, nor of the
        // story's (FORMAT.md: only when the text says the event happened there); the paragraph-opening datelines
        // Datelines finds never reach this list, and an all-capitals name opening any sentence is one too
        PlaceMention dateline = inSentence.stream().filter(p -> SentencePlaces.isDateline(p, from)).findFirst().orElse(null);
        return inSentence.stream()
                // "Agence France-Presse": a place inside an agency's name is not where things happen
                .filter(p -> sourceNames.stream().noneMatch(src -> src.start() < p.end() && p.start() < src.end()))
                .filter(p -> dateline == null || !(p == dateline || p.start() - dateline.end() <= 2 && p.place() != null
                        && p.place().isCountry()))
                // a place inside an actor's name (Benghazi Shura Council) is not where things happen either
                .filter(p -> sentenceActors.stream().noneMatch(a -> a.start() <= p.start() && p.end() <= a.end() && a.end() - a.start() > p.end() - p.start()))
                .toList();
    }

    private List<Trigger> outsideNames(List<Trigger> found, List<ActorMention> sentenceActors) {
        List<Trigger> out = new ArrayList<>(found.size());
        for (Trigger t : found) {
            if (!(rules.insideName.inside(t, sentenceActors) && rules.fired(rules.insideName))) {
                out.add(t);
            }
        }
        return out;
    }

    /** The sentence's event words that make mentions, by the event-word rules in their order. */
    private List<Trigger> eventWords(List<Trigger> found, double strongest, SentenceAt s, List<CasualtyFigure> figures,
                                     List<PlaceMention> sentencePlaces) {
        List<Token> tokens = s.tokens();
        List<Trigger> kept = new ArrayList<>();
        for (Trigger word : found) {
            Trigger t = word;
            if (rules.weakGivesWay.givesWay(t, strongest)) {
                if (!rules.joinedToAnother.joined(t, found, tokens)) {
                    rules.fired(rules.weakGivesWay);
                    continue;
                }
                rules.fired(rules.joinedToAnother);
                t = rules.joinedToAnother.asOwnAction(t);
            }
            Trigger typed = rules.attackTyped.typed(t, tokens, s.to(), s.language(), figures);
            if (typed != t && rules.fired(rules.attackTyped)) {
                t = typed;
            }
            boolean dropped = rules.tooVague.drops(t, figures) && rules.fired(rules.tooVague)
                    || rules.kindNeedsSurer.drops(t) && rules.fired(rules.kindNeedsSurer);
            if (!dropped) {
                kept.add(t);
            }
        }
        kept = fewer(rules.onePerSubType, kept, rules.onePerSubType.apply(kept, sentencePlaces));
        for (VagueBesideSurer loose : rules.looseWords) {
            kept = fewer(loose, kept, loose.apply(kept));
        }
        return kept;
    }

    /** {@code after}, counting {@code rule} when it dropped a word of {@code before}. */
    private List<Trigger> fewer(Rule rule, List<Trigger> before, List<Trigger> after) {
        if (after.size() < before.size()) {
            rules.fired(rule);
        }
        return after;
    }

}
