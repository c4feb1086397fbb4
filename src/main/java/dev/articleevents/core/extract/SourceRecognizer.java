package dev.articleevents.core.extract;

import dev.articleevents.core.language.LanguageIdentifier;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.model.EventEvidence;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who the text quotes for its facts: agencies, officials, statements, witnesses (lexicon/sources.tsv). */
public final class SourceRecognizer {
    /** A source named over tokens [start, end). */
    public record SourceMention(int start, int end, String name) {
    }

    private final Map<String, NamedEntityLexicon<String>> byLanguage = new HashMap<>();

    public SourceRecognizer() {
        List<String[]> rows = TsvResource.rows("lexicon/sources.tsv", 3);
        LanguageIdentifier.LANGUAGES.forEach(lang -> byLanguage.put(lang, new NamedEntityLexicon<>()));
        for (String[] row : rows) {
            if (!row[0].isEmpty()) {
                for (String lang : LanguageIdentifier.languagesOf(row[1])) {
                    byLanguage.get(lang).add(row[2], row[0]);
                }
            }
        }
    }

    public List<SourceMention> find(String text, List<Token> tokens, int from, int to, String language) {
        NamedEntityLexicon<String> lexicon = byLanguage.get(language);
        List<SourceMention> out = new ArrayList<>();
        if (lexicon != null) {
            for (NamedEntityLexicon.Hit<String> h : lexicon.find(text, tokens, from, to)) {
                out.add(new SourceMention(h.start(), h.end(), h.value()));
            }
        }
        return out;
    }

    /** The sources found, with where each stands in the text (characters), in text order. */
    static List<EventEvidence.Source> located(List<SourceMention> found, List<Token> tokens) {
        return found.stream().map(m -> new EventEvidence.Source(m.name(),
                new Span(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end()))).toList();
    }
}
