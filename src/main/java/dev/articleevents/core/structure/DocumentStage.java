package dev.articleevents.core.structure;

import dev.articleevents.core.language.LanguageStage;
import dev.articleevents.core.language.TokenizeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.util.List;

/** Blocks, tokens, language and date joined into the one view of the article that extract and summarize read. */
public final class DocumentStage extends DeclaredStage {
    public static final Layer<ArticleDocument> DOCUMENT = Layer.named("document");

    public DocumentStage() {
        super("document",
                "blocks, tokens, language and publication date joined, with the token range of any span.",
                List.of(StructureStage.ARTICLE, TokenizeStage.TOKENS, LanguageStage.LANGUAGE, PublicationStage.PUBLISHED), List.of(DOCUMENT));
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(DOCUMENT, new ArticleDocument(doc.get(StructureStage.ARTICLE), doc.get(TokenizeStage.TOKENS),
                doc.get(LanguageStage.LANGUAGE), doc.get(PublicationStage.PUBLISHED)));
    }
}
