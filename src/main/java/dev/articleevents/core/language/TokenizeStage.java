package dev.articleevents.core.language;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.util.List;

/** Text → tokens with their offsets and matching forms (Arabic normalised, proclitics as variants). */
public final class TokenizeStage extends DeclaredStage {
    public static final Layer<List<Token>> TOKENS = Layer.named("tokens");

    public TokenizeStage() {
        super("tokenize",
                "words and numbers with their offsets and matching forms.",
                List.of(DecodeStage.TEXT), List.of(TOKENS));
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(TOKENS, Tokenizer.tokenize(doc.get(DecodeStage.TEXT)));
    }
}
