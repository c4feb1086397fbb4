package dev.articleevents.view;

import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.CasualtyReport;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.EventEvidence;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.Block;
import dev.articleevents.core.structure.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks the words that gave each event its fields. The event words and the sources are where the engine read
 * them ({@link InspectedArticle#evidence()}: a source may stand in another sentence of the paragraph, as wire copy
 * often names it in a sentence of its own). The place, the date, the figures and the actors are found as the output
 * quotes them ({@code nameInText}, {@code dateText}, {@code fatalitiesText}…) inside the event's evidence sentences
 * only — the same name in a caption is not what the engine used.
 */
public final class EvidenceMarker {
    /** Enough for any real article's event (the seed's largest has 24); a 1 MB repetitive text had 63 593. */
    public static final int MAX_MARKS_PER_EVENT = 1000;

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
            EventEvidence read = i < inspected.evidence().size() ? inspected.evidence().get(i) : EventEvidence.NONE;
            List<Mark> ofEvent = marksOf(i, events.get(i), read, doc);
            omitted += Math.max(0, ofEvent.size() - MAX_MARKS_PER_EVENT);
            marks.addAll(ofEvent.subList(0, Math.min(ofEvent.size(), MAX_MARKS_PER_EVENT)));
        }
        return new ArticleView(doc.text(), blocks, marks, omitted);
    }

    private static List<Mark> marksOf(int index, Event e, EventEvidence read, ArticleDocument doc) {
        List<Mark> out = new ArrayList<>();
        // the event words and sources are the ones the engine read the event from, not a second run of its lexicons
        for (Span w : read.words()) {
            out.add(new Mark(index, "event", "eventType", w.start(), w.end()));
        }
        for (EventEvidence.Source s : read.sources()) {
            out.add(new Mark(index, "source", "sources (" + s.name() + ")", s.span().start(), s.span().end()));
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
        return dedupe(out);
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
