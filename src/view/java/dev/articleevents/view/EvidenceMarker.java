package dev.articleevents.view;

import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.extract.SourceRecognizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.CasualtyReport;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.Block;
import dev.articleevents.core.structure.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds, inside each event's evidence sentences, the words that gave its fields: the event words (as the engine
 * read them: {@link InspectedArticle#eventWords()}), the place, the date, the figures and the actors as the output quotes
 * them ({@code nameInText}, {@code dateText}, {@code fatalitiesText}…), and the sources the source lexicon
 * names. Only evidence sentences are searched — the same name in a caption is not what the engine used — except
 * for sources, which wire copy often names in a sentence of their own: those are looked for in the event's
 * story's paragraphs when the evidence does not name them.
 */
public final class EvidenceMarker {
    /** Enough for any real article's event (the seed's largest has 24); a 1 MB repetitive text had 63 593. */
    public static final int MAX_MARKS_PER_EVENT = 1000;
    private final SourceRecognizer sources = new SourceRecognizer();

    public ArticleView viewOf(InspectedArticle inspected) {
        ArticleDocument doc = inspected.document();
        if (doc == null) {
            return null;
        }
        List<BlockView> blocks = doc.article().blocks().stream()
                .map(b -> new BlockView(b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        b.span().start(), b.span().end(), b.story()))
                .toList();
        List<Mark> marks = new ArrayList<>();
        int omitted = 0;
        List<Event> events = inspected.analysis().events();
        for (int i = 0; i < events.size(); i++) {
            List<Span> words = i < inspected.eventWords().size() ? inspected.eventWords().get(i) : List.of();
            List<Mark> ofEvent = marksOf(i, events.get(i), words, doc);
            omitted += Math.max(0, ofEvent.size() - MAX_MARKS_PER_EVENT);
            marks.addAll(ofEvent.subList(0, Math.min(ofEvent.size(), MAX_MARKS_PER_EVENT)));
        }
        return new ArticleView(doc.text(), blocks, marks, omitted);
    }

    private List<Mark> marksOf(int index, Event e, List<Span> words, ArticleDocument doc) {
        List<Mark> out = new ArrayList<>();
        // the event words are the ones the engine read the event from, not a second run of the lexicon
        for (Span w : words) {
            out.add(new Mark(index, "event", "eventType", w.start(), w.end()));
        }
        for (Span s : e.evidence()) {
            String text = doc.text();
            if (e.location() != null) {
                quoted(out, index, "place", "location", e.location().nameInText(), text, s);
                quoted(out, index, "place", "location.sublocation", e.location().sublocation(), text, s);
            }
            quoted(out, index, "date", "date", e.dateText(), text, s);
            quoted(out, index, "figure", "fatalities", e.fatalitiesText(), text, s);
            quoted(out, index, "figure", "injured", e.injuredText(), text, s);
            for (CasualtyReport r : e.casualtyReports()) {
                quoted(out, index, "figure", "casualtyReports (" + r.source() + ")", r.fatalitiesText(), text, s);
                quoted(out, index, "figure", "casualtyReports (" + r.source() + ")", r.injuredText(), text, s);
            }
            for (Actor a : e.actors()) {
                quoted(out, index, "actor", "actors (" + a.role() + ")", a.nameInText(), text, s);
            }
        }
        out.addAll(sourceMarks(index, e, doc));
        return dedupe(out);
    }

    private List<Mark> sourceMarks(int index, Event e, ArticleDocument doc) {
        List<Mark> out = new ArrayList<>();
        List<String> missing = new ArrayList<>(e.sources());
        for (Span s : e.evidence()) {
            sourcesIn(out, index, doc, s, missing);
        }
        if (!missing.isEmpty() && !e.evidence().isEmpty()) {
            int story = doc.article().blockAt(e.evidence().get(0).start()).map(Block::story).orElse(0);
            for (Block b : doc.article().blocks()) {
                if (b.kind() == BlockKind.PARAGRAPH && b.story() == story && !missing.isEmpty()) {
                    sourcesIn(out, index, doc, b.span(), missing);
                }
            }
        }
        return out;
    }

    /** Marks every mention in the span of a source still wanted; the sources found there are wanted no more. */
    private void sourcesIn(List<Mark> out, int index, ArticleDocument doc, Span span, List<String> wanted) {
        ArticleDocument.TokenRange range = doc.tokensOf(span);
        List<Token> tokens = doc.tokens();
        List<String> found = new ArrayList<>();
        for (SourceRecognizer.SourceMention m : sources.find(doc.text(), tokens, range.from(), range.to(), doc.language())) {
            if (wanted.contains(m.name())) {
                out.add(new Mark(index, "source", "sources (" + m.name() + ")", tokens.get(m.start()).start(),
                        tokens.get(m.end() - 1).end()));
                found.add(m.name());
            }
        }
        wanted.removeAll(found);
    }

    /** Every occurrence of a quoted field inside one evidence sentence. */
    private static void quoted(List<Mark> out, int index, String kind, String field, String quote, String text, Span s) {
        if (quote == null || quote.isBlank()) {
            return;
        }
        int at = text.indexOf(quote, s.start());
        while (at >= 0 && at + quote.length() <= s.end()) {
            out.add(new Mark(index, kind, field, at, at + quote.length()));
            at = text.indexOf(quote, at + quote.length());
        }
    }

    private static List<Mark> dedupe(List<Mark> marks) {
        return marks.stream().distinct()
                .sorted(java.util.Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end))
                .toList();
    }
}
