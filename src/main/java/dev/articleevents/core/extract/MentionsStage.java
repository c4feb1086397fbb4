package dev.articleevents.core.extract;

import dev.articleevents.core.geo.PlacesStage;
import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/** Sentence by sentence, one mention per event word, with its day, place, actors, figures and sources. */
public final class MentionsStage implements Stage {
    public static final Layer<List<Mention>> MENTIONS = Layer.named("mentions");

    private final EventExtractor extractor;

    public MentionsStage(EventExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public String description() {
        return "each sentence read once, its rules applied in order, one mention per event word (day, place, actors, figures, sources).";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(DocumentStage.DOCUMENT, PlacesStage.PLACES);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(MENTIONS);
    }

    @Override
    public void annotate(Doc doc) {
        ArticleDocument article = doc.get(DocumentStage.DOCUMENT);
        doc.put(MENTIONS, LanguageStage.extractable(article.language())
                ? extractor.mentions(article, doc.get(PlacesStage.PLACES), doc.deadline())
                : List.of());
    }
}
