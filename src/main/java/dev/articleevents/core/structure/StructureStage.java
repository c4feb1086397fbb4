package dev.articleevents.core.structure;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;

import java.util.List;

/** Text → blocks: title, paragraphs, captions, headings, source lines, stories. */
public final class StructureStage implements Stage {
    public static final Layer<Article> ARTICLE = Layer.named("blocks");

    private final ArticleStructurer structurer = new ArticleStructurer();

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public String description() {
        return "the text cut into blocks: title, paragraphs, photo captions, headings, source lines, stories.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(DecodeStage.TEXT);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(ARTICLE);
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(ARTICLE, structurer.structure(doc.get(DecodeStage.TEXT)));
    }
}
