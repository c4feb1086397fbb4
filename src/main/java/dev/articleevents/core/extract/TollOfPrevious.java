package dev.articleevents.core.extract;

import dev.articleevents.core.model.Span;
import dev.articleevents.core.rules.Rule;

/**
 * "Explosions rocked the centre of Jakarta on Thursday. At least two civilians were killed, officials said": a
 * bare killing verb right after the sentence that told an event, naming no other place, is that event's toll.
 */
final class TollOfPrevious implements Rule {
    @Override
    public String description() {
        return "a bare killing verb with figures right after an event sentence, naming no other town, gives that event's toll, not an attack of its own";
    }

    boolean applies(SentenceAt s, SentenceReading r, Mention previous) {
        return !r.kept().isEmpty() && r.strongest() < MentionFinder.WEAK_WEIGHT && !r.figures().isEmpty() && previous != null
                && previous.story() == s.story() && !previous.headline() && previous.anchored()
                && sameParagraphRightAfter(s.text(), previous.sentence(), s.span())
                && r.places().stream().noneMatch(p -> p.specificity() >= 2
                        && !EventAssembler.placeKey(p).equals(EventAssembler.placeKey(previous.place())));
    }

    /** Whether {@code sentence} follows {@code before} directly in the same paragraph (only spaces between). */
    private static boolean sameParagraphRightAfter(String text, Span before, Span sentence) {
        String between = text.substring(before.end(), sentence.start());
        return between.isBlank() && !between.contains("\n");
    }
}
