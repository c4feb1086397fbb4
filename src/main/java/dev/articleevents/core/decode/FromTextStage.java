package dev.articleevents.core.decode;

import dev.articleevents.core.pipeline.DeclaredStage;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Layer;

import java.util.List;
import java.util.function.Function;

/** A stage that reads the decoded text alone and writes one layer made from it. */
public abstract class FromTextStage<T> extends DeclaredStage {
    private final Layer<T> layer;
    private final Function<String, T> reader;

    protected FromTextStage(String name, String description, Layer<T> layer, Function<String, T> reader) {
        super(name, description, List.of(DecodeStage.TEXT), List.of(layer));
        this.layer = layer;
        this.reader = reader;
    }

    @Override
    public final void annotate(Doc doc) {
        doc.put(layer, reader.apply(doc.get(DecodeStage.TEXT)));
    }
}
