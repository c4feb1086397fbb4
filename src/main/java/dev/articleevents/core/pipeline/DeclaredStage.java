package dev.articleevents.core.pipeline;

import java.util.List;

/** A stage whose name, description and layers are stated once, at construction: subclasses only annotate. */
public abstract class DeclaredStage implements Stage {
    private final String name;
    private final String description;
    private final List<Layer<?>> requires;
    private final List<Layer<?>> produces;

    protected DeclaredStage(String name, String description, List<Layer<?>> requires, List<Layer<?>> produces) {
        this.name = name;
        this.description = description;
        this.requires = List.copyOf(requires);
        this.produces = List.copyOf(produces);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<Layer<?>> requires() {
        return requires;
    }

    @Override
    public final List<Layer<?>> produces() {
        return produces;
    }
}
