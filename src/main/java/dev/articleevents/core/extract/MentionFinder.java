package dev.articleevents.core.extract;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.geo.PlaceRecognizer;
import dev.articleevents.core.lexicon.ReportingVerbs;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.TokenIndex;
import dev.articleevents.core.model.AcledLabel;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.Block;
import dev.articleevents.core.structure.BlockKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every paragraph sentence and turns each event word into a {@link Mention}. What a sentence does not
 * say is taken from its context, nearest first: the date from the paragraph's last dated sentence, then the
 * story's first date, then the publication date (marked as not stated); the place from the paragraph,
 * then the story, then the article's main place. Weak event words ("killed", "attack") give way to a
 * precise one in the same sentence. Sentences about courts, accidents or threats yield nothing.
 */
public final class MentionFinder {
    /** The fire counts of this step's named rules (none named yet: the rules still live in the methods below). */
    public List<dev.articleevents.core.rules.RuleCount> ruleCounts() {
        return List.of();
    }

    static final double MIN_WEIGHT = 0.35;
    static final double WEAK_WEIGHT = 0.5;
    private final TriggerLexicon triggers;
    private final DateResolver dates;
    private final CasualtyReader casualties;
    private final ActorRecognizer actors;
    private final SourceRecognizer sources;
    private final NonEventCues nonEvents;
    private final EventAnaphors anaphors = new EventAnaphors();
    private final ReportingVerbs reporting = new ReportingVerbs();
    private final CauseMarkers causes = new CauseMarkers();
    private final CapitalWords capitals = new CapitalWords();
    private final TargetKind targets = new TargetKind();

    public MentionFinder(TriggerLexicon triggers, DateResolver dates, CasualtyReader casualties, ActorRecognizer actors,
                         SourceRecognizer sources, NonEventCues nonEvents) {
        this.triggers = triggers;
        this.dates = dates;
        this.casualties = casualties;
        this.actors = actors;
        this.sources = sources;
        this.nonEvents = nonEvents;
    }

    /** Context that carries from sentence to sentence. */
    private static final class Context {
        PlaceMention storyPlace;
        PlaceMention paragraphPlace;
        DateMention storyDate;
        DateMention paragraphDate;
        /** the date the text told last in this story ("la veille" counts from it) */
        LocalDate lastDate;
        /** armed actors named so far in this story, latest last */
        final List<ActorMention> storyArmed = new ArrayList<>();

        /** The armed actor of this story named last that passes the test. */
        java.util.Optional<ActorMention> lastArmed(java.util.function.Predicate<ActorMention> test) {
            for (int k = storyArmed.size() - 1; k >= 0; k--) {
                if (test.test(storyArmed.get(k))) {
                    return java.util.Optional.of(storyArmed.get(k));
                }
            }
            return java.util.Optional.empty();
        }
        int story = -1;
        Mention lastMention;
        /** The surest event of the last sentence that told any ("Explosions and gunfire rocked…": the explosions). */
        Mention sentenceMain;
        /** Whether the sentence before gave a running total. */
        boolean afterTotal;
        int paragraphsInStory;
    }

    /** @param places the places events can happen at (datelines left out), sorted by start */
    public List<Mention> find(ArticleDocument doc, List<PlaceMention> places, PlaceMention articlePlace, AnalysisDeadline deadline) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        String language = doc.language();
        LocalDate published = doc.published();
        List<Mention> out = new ArrayList<>();
        Context ctx = new Context();
        for (Block block : doc.article().blocks()) {
            if (block.kind() == BlockKind.TITLE) {
                // a headline states the main event; it counts as lead text but sets no context
                Context titleContext = new Context();
                ArticleDocument.TokenRange title = doc.tokensOf(block.span());
                if (!title.isEmpty()) {
                    readSentence(new SentenceAt(text, tokens, title.from(), title.to(), block.span(), 0, places, language, published, articlePlace,
                            List.of(), List.of(), true, true), titleContext, out);
                }
                continue;
            }
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            deadline.check("events");
            if (block.story() != ctx.story) {
                ctx.story = block.story();
                ctx.storyPlace = null;
                ctx.storyDate = null;
                ctx.lastDate = null;
                ctx.storyArmed.clear();
                ctx.lastMention = null;
                ctx.sentenceMain = null;
                ctx.afterTotal = false;
                ctx.paragraphsInStory = 0;
            }
            ctx.paragraphPlace = null;
            ctx.paragraphDate = null;
            ctx.paragraphsInStory++;
            ArticleDocument.TokenRange paragraph = doc.tokensOf(block.span());
            List<String> paragraphSources = names(sources.find(text, tokens, paragraph.from(), paragraph.to(), language));
            List<ActorMention> paragraphActors = actors.find(text, tokens, paragraph.from(), paragraph.to(), language);
            for (Span sentence : block.sentences()) {
                ArticleDocument.TokenRange words = doc.tokensOf(sentence);
                if (words.isEmpty()) {
                    continue;
                }
                readSentence(new SentenceAt(text, tokens, words.from(), words.to(), sentence, block.story(), places, language, published, articlePlace,
                        paragraphSources, paragraphActors, ctx.paragraphsInStory <= 2, false), ctx, out);
            }
        }
        return out;
    }

    /** One sentence of the article, where it stands, and what its paragraph lends it. */
    private record SentenceAt(String text, List<Token> tokens, int from, int to, Span span, int story, List<PlaceMention> places,
                              String language, LocalDate published, PlaceMention articlePlace, List<String> paragraphSources,
                              List<ActorMention> paragraphActors, boolean leadParagraph, boolean headline) {
    }

    /** What a sentence says, read once for all the rules that follow: its dates, sayings, actors, places, figures, event words. */
    private record SentenceReading(List<DateMention> dates, ReportingVerbs.Sayings sayings, List<ActorMention> actors,
                                   List<PlaceMention> places, PlaceMention context, List<CasualtyFigure> figures,
                                   boolean notAnEvent, List<Trigger> kept, double strongest, List<String> attributed) {
    }

    /**
     * The rules of one sentence, in order: read it; a bare killing verb after an event sentence is that event's toll;
     * a sentence with no event word of its own gives figures, a day or a place to the event just told; each event
     * word left is a mention; what the sentence named becomes the context of the next.
     */
    private void readSentence(SentenceAt s, Context ctx, List<Mention> out) {
        SentenceReading r = read(s, ctx);
        // figures alone are told for the main event of the sentence before, not for whatever it named last
        Mention previous = ctx.sentenceMain != null && ctx.lastMention != null && ctx.sentenceMain.sentence().equals(ctx.lastMention.sentence())
                ? ctx.sentenceMain : ctx.lastMention;
        List<Trigger> kept = tollOfPrevious(s, r, previous) ? List.of() : r.kept();
        if (kept.isEmpty()) {
            lendToPrevious(s, r, ctx, previous, out);
        }
        Set<Integer> afterSaying = r.sayings().after();
        Set<Integer> caused = causes.causedAt(s.tokens(), s.from(), s.to(), s.language());
        List<DateMention> eventDates = r.dates().stream().filter(d -> !afterSaying.contains(d.start())).toList();
        for (Trigger t : kept) {
            mentionOf(t, kept, s, r, ctx, eventDates, caused, out);
        }
        carryContext(r, ctx);
    }

    /** Everything the sentence names, once; updates the running-total state of the context as it reads. */
    private SentenceReading read(SentenceAt s, Context ctx) {
        List<DateMention> sentenceDates = dates.find(s.text(), s.tokens(), s.from(), s.to(), s.published(), s.language()).stream()
                .map(d -> d.fromContext() && ctx.lastDate != null
                        ? new DateMention(d.start(), d.end(), ctx.lastDate.plusDays(d.contextOffset()), false, d.text(), false, d.contextOffset())
                        : d)
                .toList();
        List<SourceRecognizer.SourceMention> sentenceSourceNames = sources.find(s.text(), s.tokens(), s.from(), s.to(), s.language());
        // "police said", "police and medical sources said", "a police officer told Reuters": who reports the event
        // is its source, not one of its sides (in English and French the speaker stands right before the verb;
        // Arabic puts the verb first, "أعلن الجيش السيطرة على…", where the speaker is often the actor too)
        ReportingVerbs.Sayings sayings = reporting.find(s.tokens(), s.from(), s.to(), s.language());
        Set<Integer> sayingAt = "ar".equals(s.language()) ? Set.of() : sayings.starts();
        List<ActorMention> sentenceActors = actors.find(s.text(), s.tokens(), s.from(), s.to(), s.language()).stream()
                .filter(a -> sentenceSourceNames.stream().noneMatch(src -> src.start() < a.end() && a.start() < src.end()))
                .filter(a -> java.util.stream.IntStream.rangeClosed(a.end(), a.end() + 3).noneMatch(sayingAt::contains))
                .toList();
        List<PlaceMention> sentencePlaces = placesOf(s, sentenceSourceNames, sentenceActors);
        // where the sentence is, when it does not say: the paragraph's place, else the story's, else the article's
        PlaceMention context = ctx.paragraphPlace != null ? ctx.paragraphPlace : ctx.storyPlace != null ? ctx.storyPlace : s.articlePlace();
        if (sentencePlaces.stream().noneMatch(p -> p.specificity() >= 2) && context != null && context.place() != null
                && "PPLC".equals(context.place().featureCode()) && capitals.present(s.tokens(), s.from(), s.to(), s.language())) {
            // "a truce between the militias in the capital", in a story set in Tripoli: there
            sentencePlaces = java.util.stream.Stream.concat(sentencePlaces.stream(), java.util.stream.Stream.of(context)).toList();
        }
        List<CasualtyFigure> figures = casualties.read(s.text(), s.tokens(), s.from(), s.to(), s.language());
        // an event word inside a name (هيئة تحرير الشام, "Liberation Army") names a group, not an action
        NonEventCues.Reading cues = nonEvents.read(s.tokens(), s.from(), s.to(), s.language());
        boolean notAnEvent = cues.notAnEvent() || ctx.afterTotal && cues.addsToPrevious();
        // the total stays the topic through sentences that give no figures ("Ankara denies targeting civilians")
        ctx.afterTotal = cues.cumulative() || ctx.afterTotal && (figures.isEmpty() || cues.addsToPrevious());
        List<Trigger> found = notAnEvent ? List.of() : triggers.find(s.tokens(), s.from(), s.to(), s.language())
                .stream().filter(t -> sentenceActors.stream().noneMatch(a -> a.start() <= t.start() && t.end() <= a.end()
                        && a.end() - a.start() > t.end() - t.start())).toList();
        double strongest = found.stream().mapToDouble(Trigger::weight).max().orElse(0);
        List<Trigger> kept = eventWords(found, strongest, s, figures, sentencePlaces);
        List<String> sentenceSources = names(sentenceSourceNames);
        List<String> attributed = sentenceSources.isEmpty() ? s.paragraphSources() : sentenceSources;

        return new SentenceReading(sentenceDates, sayings, sentenceActors, sentencePlaces, context, figures, notAnEvent, kept,
                strongest, attributed);
    }

    /**
     * The places of the sentence where things can happen: not inside an actor's or agency's name, not a dateline
     * opening the sentence, nor the country named right after it.
     */
    private static List<PlaceMention> placesOf(SentenceAt s, List<SourceRecognizer.SourceMention> sentenceSourceNames,
                                               List<ActorMention> sentenceActors) {
        int from = s.from();
        // a place inside an actor's name (هيئة تحرير الشام, Benghazi Shura Council) is not where things happen
        List<PlaceMention> inSentence = within(s.places(), from, s.to());
        // "JAKARTA, Indonesia —": where the reporter files from is no place of the sentence's events, nor of the
        // story's (FORMAT.md: only when the text says the event happened there); the paragraph-opening datelines
        // Datelines finds never reach this list, and an all-capitals name opening any sentence is one too
        PlaceMention dateline = inSentence.stream().filter(p -> isDateline(p, from)).findFirst().orElse(null);
        List<PlaceMention> sentencePlaces = inSentence.stream()
                // "فرانس برس", "Agence France-Presse": a place inside an agency's name is not where things happen
                .filter(p -> sentenceSourceNames.stream().noneMatch(src -> src.start() < p.end() && p.start() < src.end()))
                .filter(p -> dateline == null || !(p == dateline || p.start() - dateline.end() <= 2 && p.place() != null
                        && p.place().isCountry()))
                .filter(p -> sentenceActors.stream().noneMatch(a -> a.start() <= p.start() && p.end() <= a.end() && a.end() - a.start() > p.end() - p.start()))
                .toList();
        return sentencePlaces;
    }

    /**
     * The sentence's event words that make mentions: weak words give way to a precise one, strategic words need
     * a sure one, and a loose word beside the surer word it describes is dropped.
     */
    private List<Trigger> eventWords(List<Trigger> found, double strongest, SentenceAt s, List<CasualtyFigure> figures,
                                     List<PlaceMention> sentencePlaces) {
        List<Token> tokens = s.tokens();
        int to = s.to();
        String language = s.language();
        // weak words give way to a precise one first; only a sentence with nothing better retypes them by target
        List<Trigger> kept = found.stream()
                .filter(t -> t.weight() >= WEAK_WEIGHT || strongest < WEAK_WEIGHT || joinedToAnother(t, found, tokens))
                // joined to a surer word, a weak one is an action of its own, not a word that merges into any event
                .map(t -> t.weight() < WEAK_WEIGHT && strongest >= WEAK_WEIGHT
                        ? new Trigger(t.start(), t.end(), t.eventType(), t.subEventType(), WEAK_WEIGHT) : t)
                .map(t -> targets.refine(t, tokens, to, language))
                .filter(t -> t.weight() >= MIN_WEIGHT || !figures.isEmpty())
                // strategic developments and changes of territory are named with everyday words (control, deploy,
                // agreement): they need a surer word than violent events do (lexicon/event-kinds.tsv, min-weight)
                .filter(t -> t.weight() >= EventKinds.of(t.subEventType()).minWeight())
                .toList();
        kept = oneTriggerPerSubType(kept, sentencePlaces);
        // "explosions were heard as the strikes hit": the blasts of a strike are the strike, not a bomb
        kept = withoutVagueBeside(kept, t -> AcledLabel.AIR_DRONE_STRIKE.is(t.subEventType())
                        || AcledLabel.SHELLING_ARTILLERY_MISSILE_ATTACK.is(t.subEventType()),
                t -> AcledLabel.REMOTE_EXPLOSIVE_LANDMINE_IED.is(t.subEventType()));
        // "قصف بالبراميل المتفجرة", "bombardment" beside an air strike: the bombing is the strike's, not artillery
        kept = withoutVagueBeside(kept, t -> AcledLabel.AIR_DRONE_STRIKE.is(t.subEventType()) && t.weight() >= VAGUE_BELOW,
                t -> AcledLabel.SHELLING_ARTILLERY_MISSILE_ATTACK.is(t.subEventType()));
        // "heurts entre policiers et manifestants": scuffles at a demonstration are part of it, not a battle
        kept = withoutVagueBeside(kept, t -> AcledLabel.PROTESTS.is(t.eventType()) || AcledLabel.RIOTS.is(t.eventType()),
                t -> AcledLabel.ARMED_CLASH.is(t.subEventType()));
        return kept;
    }

    /**
     * "Explosions rocked the centre of Jakarta on Thursday. At least two civilians were killed, officials said": a
     * bare killing verb right after the sentence that told an event, naming no other place, is that event's toll.
     */
    private boolean tollOfPrevious(SentenceAt s, SentenceReading r, Mention previous) {
        return !r.kept().isEmpty() && r.strongest() < WEAK_WEIGHT && !r.figures().isEmpty() && previous != null
                && previous.story() == s.story() && !previous.headline() && previous.anchored()
                && sameParagraphRightAfter(s.text(), previous.sentence(), s.span())
                && r.places().stream().noneMatch(p -> p.specificity() >= 2
                        && !EventAssembler.placeKey(p).equals(EventAssembler.placeKey(previous.place())));
    }

    /**
     * A sentence without an event word of its own: its figures are the toll of the event just told ("Police said
     * five people were killed"), or its day and place are ("The violence took place on Friday in X").
     */
    private void lendToPrevious(SentenceAt s, SentenceReading r, Context ctx, Mention previous, List<Mention> out) {
        // a sentence that names a day of its own other than the previous event's is about something else
        boolean otherDay = previous != null && r.dates().stream()
                .anyMatch(d -> !d.vague() && d.date() != null && !d.date().equals(previous.date()));
        if (!r.notAnEvent() && !otherDay && !r.figures().isEmpty() && previous != null && previous.story() == s.story()) {
            // "Police said five people were killed": figures for the event just described; a district the sentence
            // names ("in the Barkan industrial zone") is where in that place it happened
            Mention last = previous;
            PlaceMention districtHere = bestPlace(r.places(), null, true);
            out.add(new Mention(last.trigger(), s.span(), s.story(), last.place(), last.enclosing(),
                    districtHere != null ? districtHere : last.sublocation(), last.date(), last.dateText(),
                    last.dateKnown(), last.vagueDate(), r.actors(), r.figures(), r.attributed(), last.triggerChar(), true,
                    last.placeStated(), last.headline(), last));
        } else if (!r.notAnEvent() && previous != null && previous.story() == s.story()
                && previous.trigger().weight() >= WEAK_WEIGHT && anaphors.present(s.tokens(), s.from(), s.to(), s.language())) {
            // "The violence took place on Friday in the municipality of X": the day and place of the event just told
            Mention last = previous;
            DateMention date = r.dates().stream().filter(d -> !d.vague() && !d.followingOnly() && d.date() != null)
                    .findFirst().orElse(null);
            PlaceMention place = bestPlace(r.places(), null, false);
            boolean placeHere = place != null && place.specificity() > 1;
            if (date != null || placeHere) {
                Mention m = new Mention(last.trigger(), s.span(), s.story(), placeHere ? place : last.place(),
                        placeHere ? null : last.enclosing(), last.sublocation(),
                        date != null ? date.date() : last.date(), date != null ? date.text() : last.dateText(),
                        date != null || last.dateKnown(), date == null && last.vagueDate(), r.actors(), r.figures(), r.attributed(),
                        last.triggerChar(), true, placeHere || last.placeStated(), false, last);
                out.add(m);
                ctx.lastMention = m;
            }
        }
    }

    /** One event word of the sentence as a mention: its day, place, actors and figures, from the sentence or its context. */
    private void mentionOf(Trigger t, List<Trigger> kept, SentenceAt s, SentenceReading r, Context ctx, List<DateMention> eventDates,
                           Set<Integer> caused, List<Mention> out) {
        // a day right after "said" dates the statement: the event's own day, if the sentence gives one, wins
        DateMention date = nearestDate(eventDates, t);
        PlaceMention place = bestPlace(r.places(), t, false);
        PlaceMention sub = bestPlace(r.places(), t, true);
        // a mention starts an event only when its own sentence dates it or counts victims; a
        // sentence with a place but neither is, in news prose, usually background or commentary
        boolean earlier = date == null && anaphors.earlierEventAt(s.tokens(), t.start(), s.from(), s.language());
        boolean anchored = !earlier && (date != null && !date.vague() || date != null && date.vague() && place != null
                || place != null && s.leadParagraph() && t.weight() >= 0.6);
        boolean placeStated = place != null && place.specificity() > 1;
        EventKinds.Kind kind = EventKinds.of(t.subEventType());
        // states named beside a strike or a battle are its parties (lexicon/event-kinds.tsv "perpetrators")
        boolean remoteOrBattle = "perpetrators".equals(kind.statesNamed());
        place = placeOf(place, remoteOrBattle, s, r, ctx);
        PlaceMention enclosing = enclosingOf(place, s, r);
        Day d = dayOf(t, date, earlier, s, r, ctx);
        LocalDate day = d.day();
        String dayText = d.text();
        boolean known = d.known();
        boolean vague = date != null && date.vague();
        List<CasualtyFigure> own = figuresNearest(r.figures(), kept, t, s.tokens(), caused);
        List<ActorMention> mentionActors = actorsOf(t, s, r, ctx, place, remoteOrBattle);
        Mention last = ctx.lastMention;
        // "the airstrike was carried out on Wednesday near X": the strike just told, now dated or placed
        boolean continues = !s.headline() && last != null && last.story() == s.story() && !last.headline()
                && last.trigger().subEventType().equals(t.subEventType()) && anaphors.definiteBefore(s.tokens(), t.start(), s.from(), s.language())
                && (!placeStated || !last.placeStated() || EventAssembler.placeKey(place).equals(EventAssembler.placeKey(last.place())))
                && (date == null || date.vague() || !last.dateKnown() || sameDay(day, dayText, last));
        // "في الضفة الغربية وقطاع غزة", "in Kafr Batna and Saqba": one event per place (ACLED practice); a toll
        // given for the places together belongs to none of them alone
        List<PlaceMention> alsoAt = placeStated ? coordinated(s.text(), r.places(), place, s.tokens()) : List.of();
        boolean anchoredHere = anchored || own.stream().anyMatch(f -> !"single".equals(f.count().kind()));
        Mention m = new Mention(t, s.span(), s.story(), place, enclosing, sub, day, dayText, known, vague, mentionActors,
                alsoAt.isEmpty() ? own : List.of(), r.attributed(), s.tokens().get(t.start()).start(), anchoredHere,
                placeStated, s.headline(), continues ? last : null);
        out.add(m);
        if (ctx.sentenceMain == null || !ctx.sentenceMain.sentence().equals(s.span()) || t.weight() > ctx.sentenceMain.trigger().weight()) {
            ctx.sentenceMain = m;
        }
        ctx.lastMention = m;
        if (!alsoAt.isEmpty()) {
            for (PlaceMention other : alsoAt) {
                out.add(new Mention(t, s.span(), s.story(), other, enclosing, null, day, dayText, known, vague, mentionActors,
                        List.of(), r.attributed(), s.tokens().get(t.start()).start(), m.anchored(), true, false, null));
            }
        }
    }

    /**
     * Where the event word's action happened, from the place the sentence names nearest it: not a foreign state
     * named beside a strike or battle, the context's place when the sentence names none, and the story's city
     * when it names only that city's country.
     */
    private static PlaceMention placeOf(PlaceMention named, boolean remoteOrBattle, SentenceAt s, SentenceReading r, Context ctx) {
        PlaceMention place = named;
        if (place != null && place.specificity() == 1 && place.cueKind() == null && remoteOrBattle && r.context() != null && r.context().place() != null
                && !r.context().place().country().equals(place.place().country())) {
            // "the strikes France took part in", told in a story set in Syria: a foreign state named beside a
            // strike or battle is a party to it, not where it happened
            place = null;
        }
        if (place == null) {
            place = r.context();
        } else if (place.specificity() == 1) {
            // only the country named here: the city the story is about, if it lies in that country
            PlaceMention city = cityIn(place.place().country(), ctx.paragraphPlace, ctx.storyPlace, s.articlePlace());
            if (city != null) {
                place = city;
            }
        }
        return place;
    }

    /** The known place around a village the gazetteer lacks. */
    private static PlaceMention enclosingOf(PlaceMention place, SentenceAt s, SentenceReading r) {
        PlaceMention enclosing = null;
        if (place != null && place.place() == null) {
            // a village lies in the area the story is about, unless its own sentence names a town
            enclosing = r.places().stream().filter(p -> p.place() != null && p.specificity() >= 2)
                    .max(java.util.Comparator.comparingInt(PlaceMention::specificity))
                    .orElse(r.context() != null && r.context().place() != null ? r.context() : s.articlePlace());
        }
        return enclosing;
    }

    /** Without a publication date a weekday resolves to no day: then the words must be the same. */
    private static boolean sameDay(LocalDate day, String dayText, Mention last) {
        return day != null ? day.equals(last.date()) : last.date() == null && java.util.Objects.equals(dayText, last.dateText());
    }

    /** An event word's day, its words, and whether the text gives it (rather than the publication date standing in). */
    private record Day(LocalDate day, String text, boolean known) {
    }

    /** The day of an event word: its own date, else the day the statement was made, else the paragraph's or story's, else publication. */
    private static Day dayOf(Trigger t, DateMention date, boolean earlier, SentenceAt s, SentenceReading r, Context ctx) {
        // only the statement's day: the best guess, but not a stated event day (a later "the strikes were
        // carried out on Wednesday" may still date it)
        DateMention said = date == null ? nearestDate(r.dates(), t) : null;
        if (said != null && (said.vague() || said.date() == null)) {
            said = null;
        }
        boolean known = date != null;
        LocalDate day = date != null ? date.date() : said != null ? said.date() : ctx.paragraphDate != null ? ctx.paragraphDate.date()
                : ctx.storyDate != null ? ctx.storyDate.date() : s.published();
        String dayText = date != null ? date.text() : said != null ? said.text() : ctx.paragraphDate != null ? ctx.paragraphDate.text()
                : ctx.storyDate != null ? ctx.storyDate.text() : null;
        known |= date == null && said == null && !earlier && (ctx.paragraphDate != null || ctx.storyDate != null);
        return new Day(day, dayText, known);
    }

    /** The actors of an event word: those the sentence names, completed from the nationality after it, the states named, the civilians hit, the paragraph and the story. */
    private List<ActorMention> actorsOf(Trigger t, SentenceAt s, SentenceReading r, Context ctx, PlaceMention place, boolean remoteOrBattle) {
        List<ActorMention> mentionActors = new ArrayList<>(r.actors());
        ActorMention byNationality = actors.nationalityAfter(s.text(), s.tokens(), t.end(), s.to(), s.language());
        if (byNationality != null) {
            mentionActors.add(0, byNationality);
        }
        EventKinds.Kind kind = EventKinds.of(t.subEventType());
        if ("parties".equals(kind.statesNamed())) {
            // "the agreement between the Russian Federation and the Republic of Turkey": the states named are its parties
            addStatesNamed(r.places(), null, "Government of ", "state-other", mentionActors);
        }
        if (remoteOrBattle && place != null && place.place() != null) {
            // "strikes carried out by the United States, France and Britain": states named beside a strike
            // abroad are its perpetrators
            addStatesNamed(r.places(), place.place().country(), "Military Forces of ", "state-military", mentionActors);
        }
        if (!"Civilians".equals(kind.implied()) && "civilian".equals(targets.firstIn(s.tokens(), s.from(), s.to(), s.language()))
                && mentionActors.stream().noneMatch(a -> a.kind().equals("civilians"))) {
            // civilians hit by a strike or caught in fighting are its target actor (ACLED practice)
            mentionActors.add(new ActorMention(t.end(), t.end(), "Civilians ({country})", "civilians", null, "target"));
        }
        long armedHere = ArmedSides.count(mentionActors);
        if (armedHere == 0 || armedHere == 1 && kind.twoSides()) {
            // nobody armed named here, or a fight with one side: the armed actors of the paragraph's other sentences
            s.paragraphActors().stream().filter(ActorMention::isArmed).filter(a -> a.start() < s.from() || a.start() >= s.to())
                    .forEach(mentionActors::add);
        }
        if (kind.stateAuthor() && mentionActors.stream().noneMatch(a -> a.kind().equals("state-military"))) {
            // "new strikes hit a depot": air strikes are flown by a state; without one named here, the air
            // force the story named last
            ctx.lastArmed(a -> a.kind().equals("state-military")).ifPresent(mentionActors::add);
        }
        if (kind.twoSides() && ArmedSides.count(mentionActors) == 1) {
            // "fighting between the two sides": the other side is the armed actor the story named last
            ActorMention side = mentionActors.stream().filter(ActorMention::isArmed).findFirst().orElseThrow();
            ctx.lastArmed(a -> !ArmedSides.same(a, side)).ifPresent(mentionActors::add);
        }
        return mentionActors;
    }

    /** The context for the sentences that follow: the armed actors, place and date this one named. */
    private static void carryContext(SentenceReading r, Context ctx) {
        r.actors().stream().filter(ActorMention::isArmed).forEach(ctx.storyArmed::add);
        PlaceMention placeHere = bestPlace(r.places(), null, false);
        if (placeHere != null) {
            ctx.paragraphPlace = placeHere;
            if (ctx.storyPlace == null || placeHere.specificity() >= ctx.storyPlace.specificity()) {
                ctx.storyPlace = placeHere;
            }
        }
        for (DateMention d : r.dates()) {
            if (!d.vague() && !d.followingOnly() && d.date() != null) {
                ctx.lastDate = d.date();
                ctx.paragraphDate = d;
                if (ctx.storyDate == null) {
                    ctx.storyDate = d;
                }
            }
        }
    }

    private static PlaceMention cityIn(String country, PlaceMention... candidates) {
        for (PlaceMention c : candidates) {
            if (c != null && c.place() != null && c.specificity() >= 2 && country.equals(c.place().country())) {
                return c;
            }
        }
        return null;
    }

    /** "PARIS —", "BEIRUT (Reuters) -": the first word of a paragraph in capitals names where the reporter is. */
    /**
     * The places lying wholly within tokens [from, to), from the article's places sorted by start: a binary
     * search, since filtering every place for every sentence made long articles quadratic.
     */
    static List<PlaceMention> within(List<PlaceMention> sortedPlaces, int from, int to) {
        int first = TokenIndex.firstAtOrAfter(sortedPlaces, PlaceMention::start, from);
        List<PlaceMention> out = new ArrayList<>();
        for (int i = first; i < sortedPlaces.size() && sortedPlaces.get(i).start() < to; i++) {
            if (sortedPlaces.get(i).end() <= to) {
                out.add(sortedPlaces.get(i));
            }
        }
        return out;
    }

    private static boolean isDateline(PlaceMention p, int sentenceFrom) {
        return p.start() == sentenceFrom && p.surface().length() > 2 && p.surface().equals(p.surface().toUpperCase(java.util.Locale.ROOT))
                && !p.surface().equals(p.surface().toLowerCase(java.util.Locale.ROOT));
    }

    /** Several words for the same kind of action in one sentence are one mention, the surest word kept. */
    private static List<Trigger> oneTriggerPerSubType(List<Trigger> triggers, List<PlaceMention> places) {
        Map<String, Trigger> best = new HashMap<>();
        for (Trigger t : triggers) {
            best.merge(t.subEventType(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        List<Trigger> out = new ArrayList<>();
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (Trigger t : triggers) {
            Trigger surest = best.get(t.subEventType());
            PlaceMention target = governedPlace(places, t);
            // "64 killed by strikes on Kafr Batna … 11 killed by the strikes on Saqba": the same word aimed at
            // two different places is two actions
            boolean ownTarget = target != null && target.specificity() >= 2 && target != governedPlace(places, surest)
                    && targets.add(t.subEventType() + EventAssembler.placeKey(target));
            if (t == surest || ownTarget) {
                if (t == surest && target != null) {
                    targets.add(t.subEventType() + EventAssembler.placeKey(target));
                }
                out.add(t);
            }
        }
        return out;
    }

    /** The place a place word puts right after the event word ("غارات على X", "strikes on X"), or null. */
    private static PlaceMention governedPlace(List<PlaceMention> places, Trigger t) {
        for (PlaceMention p : places) {
            if (!p.isSublocation() && p.start() >= t.end() && p.start() - t.end() <= 3 && p.cueKind() != null) {
                return p;
            }
        }
        return null;
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
            for (DateMention d : dates) {
                if (d.vague()) {
                    return d;
                }
            }
        }
        return best;
    }

    /**
     * The most specific place of the sentence, nearest the trigger when several are equally specific.
     * With {@code sublocation}, the district or front line instead.
     */
    static PlaceMention bestPlace(List<PlaceMention> places, Trigger t, boolean sublocation) {
        PlaceMention best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PlaceMention p : places) {
            if (p.isSublocation() != sublocation) {
                continue;
            }
            int distance = t == null ? 0 : p.start() >= t.end() ? p.start() - t.end() : (t.start() - p.end()) + 2;
            // the place right after the event word ("rockets on eastern Syria") is its target, whatever else follows
            // ("strikes carried out by the United States" names no target: the place must follow a place word)
            boolean governed = t != null && p.start() >= t.end() && p.start() - t.end() <= 3 && p.cueKind() != null;
            // a place after a place word ("in Somalia") beats a bare name ("U.S. airstrike") of the same rank
            double score = p.specificity() * 10 - distance * 0.5 + (governed ? 25 : 0) + (p.cueKind() != null ? 3 : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** Below this weight an event word can be a loose word for what a surer one beside it tells ("blasts", "bombardment"). */
    private static final double VAGUE_BELOW = 0.8;

    /** {@code kept} without the words of kind {@code vague} below {@link #VAGUE_BELOW}, when a word of kind {@code told} is there. */
    private static List<Trigger> withoutVagueBeside(List<Trigger> kept, java.util.function.Predicate<Trigger> told,
                                                    java.util.function.Predicate<Trigger> vague) {
        if (kept.stream().noneMatch(told)) {
            return kept;
        }
        return kept.stream().filter(t -> !(vague.test(t) && t.weight() < VAGUE_BELOW)).toList();
    }

    /** Whether {@code sentence} follows {@code before} directly in the same paragraph (only spaces between). */
    private static boolean sameParagraphRightAfter(String text, Span before, Span sentence) {
        String between = text.substring(before.end(), sentence.start());
        return between.isBlank() && !between.contains("\n");
    }

    /** "Explosions and gunfire rocked the centre": a weak event word joined by "and" to another names a second action. */
    private static boolean joinedToAnother(Trigger t, List<Trigger> found, List<Token> tokens) {
        for (Trigger other : found) {
            if (other == t || other.subEventType().equals(t.subEventType())) {
                continue;
            }
            int gapStart = other.end() <= t.start() ? other.end() : t.end();
            int gapEnd = other.end() <= t.start() ? t.start() : other.start();
            if (gapEnd - gapStart == 1 && Joiners.isAnd(tokens.get(gapStart).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds an actor ("Government of …", "Military Forces of …") for each country the sentence names that no actor
     * covers yet, except {@code exceptCountry} (the country where the event happened), if given.
     */
    private static void addStatesNamed(List<PlaceMention> places, String exceptCountry, String prefix, String kind,
                                       List<ActorMention> actors) {
        for (PlaceMention p : places) {
            if (p.place() != null && p.place().isCountry() && !p.place().country().equals(exceptCountry)
                    && actors.stream().noneMatch(a -> a.canonical().endsWith(p.place().name()))) {
                actors.add(new ActorMention(p.start(), p.end(), prefix + CountryNames.afterOf(p.place().name()), kind, p.surface(), null));
            }
        }
    }

    /** Places of the same rank joined to {@code place} by "and"/"و"/"et" (or a comma in a list): "X and Y". */
    private static List<PlaceMention> coordinated(String text, List<PlaceMention> places, PlaceMention place, List<Token> tokens) {
        List<PlaceMention> out = new ArrayList<>();
        for (int k = Math.max(0, place.start() - 3); k < place.start(); k++) {
            if (Joiners.isBetween(tokens.get(k).norm())) {
                return out; // "entre les localités de X et Y": one place between two
            }
        }
        PlaceMention last = place;
        for (PlaceMention p : places) {
            if (p.start() < last.end() || p == place) {
                continue;
            }
            String between = text.substring(tokens.get(last.end() - 1).end(), tokens.get(p.start()).start()).strip();
            boolean glued = p.start() == last.end() && between.isEmpty() && Joiners.startsWithAnd(tokens.get(p.start()).norm());
            boolean joined = p.start() == last.end() + 1 && Joiners.isAnd(tokens.get(last.end()).norm())
                    && between.equalsIgnoreCase(tokens.get(last.end()).surface());
            boolean listed = p.start() == last.end() && Joiners.isComma(between);
            if (!(glued || joined || listed) || p.specificity() != place.specificity() || p.specificity() < 2
                    || p.place() != null && place.place() != null && p.place().geonameId() == place.place().geonameId()) {
                break;
            }
            out.add(p);
            last = p;
        }
        return out;
    }

    /**
     * Each figure belongs to the trigger nearest it in the sentence; a trigger after it that a cause word introduces
     * ("killed … in an air strike", "قتلت … إثر قصف") comes first, however far.
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

    private static List<String> names(List<SourceRecognizer.SourceMention> found) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (SourceRecognizer.SourceMention s : found) {
            names.add(s.name());
        }
        return List.copyOf(names);
    }

}
