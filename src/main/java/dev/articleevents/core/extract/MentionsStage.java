package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlacesStage;
import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/** Sentence by sentence, one mention per event word, with its day, place, actors, figures and sources. */
public final class MentionsStage extends DeclaredStage {
    public static final Layer<List<Mention>> MENTIONS = Layer.named("mentions");

    private final EventExtractor extractor;

    public MentionsStage(EventExtractor extractor) {
        super("mentions",
                "each sentence read once, its rules applied in order, one mention per event word (day, place, actors, figures, sources).",
                List.of(DocumentStage.DOCUMENT, PlacesStage.PLACES), List.of(MENTIONS));
        this.extractor = extractor;
    }

    @Override
    public void annotate(Doc doc) {
        ArticleDocument article = doc.get(DocumentStage.DOCUMENT);
        doc.put(MENTIONS, LanguageStage.extractable(article.language())
                ? extractor.mentions(article, doc.get(PlacesStage.PLACES), doc.deadline())
                : List.of());
    }
}
