package dev.articleevents.core.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis in progress: the layers the stages have written so far under typed keys, the warnings they
 * raised (in the order raised: they are the document's {@code warnings}), and the deadline long stages check
 * between units of work. A layer is written once, by the stage that declares it; a stage that reads a layer
 * nobody wrote is a defect of the pipeline's order, which {@link Pipeline} rules out when it is built.
 */
public final class Doc {
    private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final AnalysisDeadline deadline;

    public Doc(AnalysisDeadline deadline) {
        this.deadline = deadline;
    }

    /** The layer's value (which may be null, e.g. no publication date); fails when no stage wrote it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        if (!layers.containsKey(layer)) {
            throw new IllegalStateException("no layer '" + layer + "' in this document yet");
        }
        return (T) layers.get(layer);
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public <T> void put(Layer<T> layer, T value) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer '" + layer + "' written twice");
        }
        layers.put(layer, value);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public AnalysisDeadline deadline() {
        return deadline;
    }
}
