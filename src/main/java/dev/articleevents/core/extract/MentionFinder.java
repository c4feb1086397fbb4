package dev.articleevents.core.extract;

import dev.articleevents.core.model.EventEvidence;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.rules.RuleCount;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.Block;
import dev.articleevents.core.structure.BlockKind;
import dev.articleevents.core.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads every paragraph sentence and turns each event word into a {@link Mention}. What a sentence does not
 * say is taken from its context, nearest first: the date from the paragraph's last dated sentence, then the
 * story's first date, then the publication date (marked as not stated); the place from the paragraph,
 * then the story, then the article's main place. Which words make mentions, and what a sentence lends the
 * event told before it, are the sentence rules ({@link SentenceRules}), counted per rule.
 */
public final class MentionFinder {
    static final double MIN_WEIGHT = 0.35;
    static final double WEAK_WEIGHT = 0.5;
    private final SourceRecognizer sources;
    private final ActorRecognizer actors;
    private final SentenceRules rules;
    private final SentenceReader reader;
    private final MentionBuilder builder;

    public MentionFinder(TriggerLexicon triggers, DateResolver dates, CasualtyReader casualties, ActorRecognizer actors,
                         SourceRecognizer sources, NonEventCues nonEvents) {
        this.sources = sources;
        this.actors = actors;
        EventAnaphors anaphors = new EventAnaphors();
        // the people-word table the casualty reader already built (it was read twice at start-up)
        TargetKind targets = casualties.targets();
        this.rules = new SentenceRules(targets, anaphors);
        this.reader = new SentenceReader(triggers, dates, casualties, actors, sources, nonEvents, rules);
        this.builder = new MentionBuilder(rules, new MentionActors(actors, targets, rules), anaphors);
    }

    /** How often each sentence rule decided something since this finder was built. */
    public List<RuleCount> ruleCounts() {
        return rules.counts();
    }

    /** @param places the places events can happen at (datelines left out), sorted by start */
    public List<Mention> find(ArticleDocument doc, List<PlaceMention> places, PlaceMention articlePlace, AnalysisDeadline deadline) {
        SentenceAt.Article article = new SentenceAt.Article(doc.text(), doc.tokens(), places, doc.language(), doc.published(), articlePlace);
        List<Mention> out = new ArrayList<>();
        SentenceContext ctx = new SentenceContext();
        for (Block block : doc.article().blocks()) {
            if (block.kind() == BlockKind.TITLE) {
                // a headline states the main event; it counts as lead text but sets no context
                ArticleDocument.TokenRange title = doc.tokensOf(block.span());
                if (!title.isEmpty()) {
                    readSentence(new SentenceAt(article, SentenceAt.Paragraph.TITLE, title.from(), title.to(), block.span(), 0, true),
                            new SentenceContext(), out);
                }
                continue;
            }
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            deadline.check("events");
            ctx.startParagraph(block.story());
            SentenceAt.Paragraph paragraph = paragraphOf(doc, block, ctx);
            for (Span sentence : block.sentences()) {
                ArticleDocument.TokenRange words = doc.tokensOf(sentence);
                if (!words.isEmpty()) {
                    readSentence(new SentenceAt(article, paragraph, words.from(), words.to(), sentence, block.story(), false), ctx, out);
                }
            }
        }
        return out;
    }

    /** The sources and actors the paragraph names, lent to each of its sentences. */
    private SentenceAt.Paragraph paragraphOf(ArticleDocument doc, Block block, SentenceContext ctx) {
        ArticleDocument.TokenRange paragraph = doc.tokensOf(block.span());
        List<EventEvidence.Source> named = SourceRecognizer.located(
                sources.find(doc.text(), doc.tokens(), paragraph.from(), paragraph.to(), doc.language()), doc.tokens());
        return new SentenceAt.Paragraph(named,
                actors.find(doc.text(), doc.tokens(), paragraph.from(), paragraph.to(), doc.language()), ctx.paragraphsInStory <= 2);
    }

    /**
     * One sentence, in order: read it; a bare killing verb after an event sentence is that event's toll; a
     * sentence with no event word of its own gives figures, a day or a place to the event just told; each event
     * word left is a mention; what the sentence named becomes the context of the next.
     */
    private void readSentence(SentenceAt s, SentenceContext ctx, List<Mention> out) {
        SentenceReading r = reader.read(s, ctx);
        Mention previous = ctx.previous();
        boolean toll = rules.tollOfPrevious.applies(s, r, previous) && rules.fired(rules.tollOfPrevious);
        List<Trigger> kept = toll ? List.of() : r.kept();
        if (kept.isEmpty()) {
            lendToPrevious(s, r, ctx, previous, out);
        }
        builder.mentionsOf(kept, s, r, ctx, out);
        ctx.carry(r);
    }

    /** A sentence without an event word of its own: its figures, else its day and place, are the event just told's. */
    private void lendToPrevious(SentenceAt s, SentenceReading r, SentenceContext ctx, Mention previous, List<Mention> out) {
        Mention figures = rules.figuresOfPrevious.lent(s, r, previous);
        if (figures != null && rules.fired(rules.figuresOfPrevious)) {
            out.add(figures);
            return;
        }
        Mention dayAndPlace = rules.dayAndPlaceOfPrevious.lent(s, r, previous);
        if (dayAndPlace != null && rules.fired(rules.dayAndPlaceOfPrevious)) {
            out.add(dayAndPlace);
            ctx.lastMention = dayAndPlace;
        }
    }
}
