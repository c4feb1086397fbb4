package dev.articleevents.core.geo;

import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.DocumentStage;

import java.util.List;

/**
 * The places of the whole article, each with its likeliest reading, before any event is read: the places
 * give each other context (a country named, a region, distances), so they are read once for all sentences.
 */
public final class PlacesStage extends DeclaredStage {
    public static final Layer<PlaceRecognizer.Found> PLACES = Layer.named("places");

    private final PlaceRecognizer recognizer;

    public PlacesStage(PlaceRecognizer recognizer) {
        super("places",
                "gazetteer names read by the scored geoparser, with the likeliest reading of every name.",
                List.of(DocumentStage.DOCUMENT), List.of(PLACES));
        this.recognizer = recognizer;
    }

    @Override
    public void annotate(Doc doc) {
        ArticleDocument article = doc.get(DocumentStage.DOCUMENT);
        doc.put(PLACES, LanguageStage.extractable(article.language())
                ? recognizer.findWithReadings(article)
                : new PlaceRecognizer.Found(List.of(), List.of()));
        if (!recognizer.gazetteer().complete()) {
            doc.warn("place index not packaged with this build: places geocoded to country level only");
        }
    }
}
