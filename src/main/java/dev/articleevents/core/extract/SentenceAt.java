package dev.articleevents.core.extract;

import dev.articleevents.core.model.EventEvidence;

import dev.articleevents.core.geo.PlaceMention;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence of the article over tokens [from, to), where it stands, and what its article and paragraph lend it.
 *
 * @param headline whether the sentence is the title, which restates the main event but sets no context
 */
record SentenceAt(Article article, Paragraph paragraph, int from, int to, Span span, int story, boolean headline) {

    /**
     * What the whole article gives every sentence.
     *
     * @param places      the places events can happen at (datelines left out), sorted by start
     * @param articlePlace the article's main place, the last fallback for where
     */
    record Article(String text, List<Token> tokens, List<PlaceMention> places, String language, LocalDate published,
                   PlaceMention articlePlace) {
    }

    /**
     * What a paragraph lends its sentences: its sources and actors, and whether it is one of its story's first two
     * (lead text, where a place alone can anchor an event).
     */
    record Paragraph(List<EventEvidence.Source> sources, List<ActorMention> actors, boolean lead) {
        static final Paragraph TITLE = new Paragraph(List.of(), List.of(), true);
    }

    String text() {
        return article.text();
    }

    List<Token> tokens() {
        return article.tokens();
    }

    List<PlaceMention> places() {
        return article.places();
    }

    String language() {
        return article.language();
    }

    LocalDate published() {
        return article.published();
    }

    PlaceMention articlePlace() {
        return article.articlePlace();
    }

    List<EventEvidence.Source> paragraphSources() {
        return paragraph.sources();
    }

    List<ActorMention> paragraphActors() {
        return paragraph.actors();
    }

    boolean leadParagraph() {
        return paragraph.lead();
    }
}
