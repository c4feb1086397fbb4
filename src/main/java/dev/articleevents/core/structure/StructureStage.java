package dev.articleevents.core.structure;

import dev.articleevents.core.decode.FromTextStage;
import dev.articleevents.core.pipeline.Layer;

/** Text → blocks: title, paragraphs, captions, headings, source lines, stories. */
public final class StructureStage extends FromTextStage<Article> {
    public static final Layer<Article> ARTICLE = Layer.named("blocks");

    public StructureStage() {
        super("structure", "the text cut into blocks: title, paragraphs, photo captions, headings, source lines, stories.",
                ARTICLE, new ArticleStructurer()::structure);
    }
}
