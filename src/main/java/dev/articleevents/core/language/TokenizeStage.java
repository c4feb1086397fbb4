package dev.articleevents.core.language;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;

import java.util.List;

/** Text → tokens with their offsets and matching forms (Arabic normalised, proclitics as variants). */
public final class TokenizeStage implements Stage {
    public static final Layer<List<Token>> TOKENS = Layer.named("tokens");

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public String description() {
        return "words and numbers with their offsets and matching forms.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(DecodeStage.TEXT);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(TOKENS);
    }

    @Override
    public void annotate(Doc doc) {
        doc.put(TOKENS, Tokenizer.tokenize(doc.get(DecodeStage.TEXT)));
    }
}
