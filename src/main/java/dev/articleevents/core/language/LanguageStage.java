package dev.articleevents.core.language;

import dev.articleevents.core.decode.DecodeStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.util.List;

/** ar, en, fr, or und: an undetermined language is a warning, and no later stage extracts from it. */
public final class LanguageStage extends DeclaredStage {
    public static final Layer<String> LANGUAGE = Layer.named("language");

    private final LanguageIdentifier languages = new LanguageIdentifier();

    /** Whether the document's language is one the extraction stages read. */
    public static boolean extractable(String language) {
        return !LanguageIdentifier.UNDETERMINED.equals(language);
    }

    public LanguageStage() {
        super("language",
                "ar, en, fr or und, from script and function words.",
                List.of(DecodeStage.TEXT, TokenizeStage.TOKENS), List.of(LANGUAGE));
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
