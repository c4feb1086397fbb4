package dev.articleevents.core.structure;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.TokenIndex;
import dev.articleevents.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as every stage after structuring sees it: the text cut into blocks (title, paragraphs, stories),
 * its tokens, its language and its publication date (null when unknown). The token range of a span is worked
 * out here, in one place, instead of by each stage.
 */
public record ArticleDocument(Article article, List<Token> tokens, String language, LocalDate published) {
    /** Tokens [from, to) lying in a span of the text. */
    public record TokenRange(int from, int to) {
        public boolean isEmpty() {
            return from >= to;
        }
    }

    public String text() {
        return article.text();
    }

    public TokenRange tokensOf(Span span) {
        return new TokenRange(TokenIndex.firstAtOrAfter(tokens, span.start()), TokenIndex.firstAtOrAfter(tokens, span.end()));
    }
}
