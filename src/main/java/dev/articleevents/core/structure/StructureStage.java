package dev.articleevents.core.structure;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.util.List;

/** Text → blocks: title, paragraphs, captions, headings, source lines, stories. */
public final class StructureStage extends DeclaredStage {
    public static final Layer<Article> ARTICLE = Layer.named("blocks");

    private final ArticleStructurer structurer = new ArticleStructurer();

    public StructureStage() {
        super("structure",
                "the text cut into blocks: title, paragraphs, photo captions, headings, source lines, stories.",
                List.of(DecodeStage.TEXT), List.of(ARTICLE));
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(ARTICLE, structurer.structure(doc.get(DecodeStage.TEXT)));
    }
}
