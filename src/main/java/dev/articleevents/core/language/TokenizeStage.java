package dev.articleevents.core.language;

import dev.articleevents.core.decode.FromTextStage;
import dev.articleevents.core.pipeline.Layer;

import java.util.List;

/** Text → tokens with their offsets and matching forms (Arabic normalised, proclitics as variants). */
public final class TokenizeStage extends FromTextStage<List<Token>> {
    public static final Layer<List<Token>> TOKENS = Layer.named("tokens");

    public TokenizeStage() {
        super("tokenize", "words and numbers with their offsets and matching forms.", TOKENS, Tokenizer::tokenize);
    }
}
