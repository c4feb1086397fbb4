package dev.articleevents.core.structure;

import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Input;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The caller's publication date, which anchors every relative date of the text (null when not given or unreadable). */
public final class PublicationStage implements Stage {
    public static final Layer<LocalDate> PUBLISHED = Layer.named("published");

    @Override
    public String name() {
        return "published";
    }

    @Override
    public String description() {
        return "the caller's publication date read as a day; an unreadable one is a warning.";
    }

    @Override
    public List<Layer<?>> requires() {
        return List.of(Input.META);
    }

    @Override
    public List<Layer<?>> produces() {
        return List.of(PUBLISHED);
    }

    @Override
    public void annotate(Doc doc) {
        List<String> warnings = new ArrayList<>();
        doc.put(PUBLISHED, PublicationDate.parse(doc.get(Input.META).publishedAt(), warnings));
        warnings.forEach(doc::warn);
    }
}
