package dev.articleevents.core.structure;

import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.language.TokenizeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;

import java.util.List;

/** Blocks, tokens, language and date joined into the one view of the article that extract and summarize read. */
public final class DocumentStage implements Stage {
    public static final Layer<ArticleDocument> DOCUMENT = Layer.named("document");

    @Override
    public String name() {
        return "document";
    }

    @Override
    public String description() {
        return "blocks, tokens, language and publication date joined, with the token range of any span.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(StructureStage.ARTICLE, TokenizeStage.TOKENS, LanguageStage.LANGUAGE, PublicationStage.PUBLISHED);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(DOCUMENT);
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(DOCUMENT, new ArticleDocument(doc.get(StructureStage.ARTICLE), doc.get(TokenizeStage.TOKENS),
                doc.get(LanguageStage.LANGUAGE), doc.get(PublicationStage.PUBLISHED)));
    }
}
