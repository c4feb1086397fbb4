package dev.articleevents.core.structure;

import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Input;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The caller's publication date, which anchors every relative date of the text (null when not given or unreadable). */
public final class PublicationStage extends DeclaredStage {
    public static final Layer<LocalDate> PUBLISHED = Layer.named("published");

    public PublicationStage() {
        super("published",
                "the caller's publication date read as a day; an unreadable one is a warning.",
                List.of(Input.META), List.of(PUBLISHED));
    }

    @Override
    public void annotate(Doc doc) {
        List<String> warnings = new ArrayList<>();
        doc.put(PUBLISHED, PublicationDate.parse(doc.get(Input.META).publishedAt(), warnings));
        warnings.forEach(doc::warn);
    }
}
