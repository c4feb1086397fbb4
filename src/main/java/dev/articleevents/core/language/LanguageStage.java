package dev.articleevents.core.language;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;

import java.util.List;

/** ar, en, fr, or und: an undetermined language is a warning, and no later stage extracts from it. */
public final class LanguageStage implements Stage {
    public static final Layer<String> LANGUAGE = Layer.named("language");

    private final LanguageIdentifier languages = new LanguageIdentifier();

    /** Whether the document's language is one the extraction stages read. */
    public static boolean extractable(String language) {
        return !LanguageIdentifier.UNDETERMINED.equals(language);
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String description() {
        return "ar, en, fr or und, from script and function words.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(DecodeStage.TEXT, TokenizeStage.TOKENS);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(LANGUAGE);
    }

    @Override
    public void annotate(Doc doc) {
        String language = languages.identify(doc.get(DecodeStage.TEXT), doc.get(TokenizeStage.TOKENS));
        if (!extractable(language)) {
            doc.warn("language not recognised as Arabic, English or French; no events extracted");
        }
        doc.put(LANGUAGE, language);
    }
}
