package dev.articleevents.core.pipeline;

import java.util.List;

/**
 * One step of the analysis: it reads the layers it {@link #requires()} from the {@link Doc} and writes the ones
 * it {@link #produces()} (CoreNLP's annotator contract). It neither times itself nor checks the deadline
 * between stages: the {@link Pipeline} does both, for every stage alike.
 */
public interface Stage {
    /** Short and stable: it names the stage in timings, in the too-slow error and in README's stage list. */
    String name();

    /** One line: what the stage does. */
    String description();

    List<Layer<?>> requires();

    List<Layer<?>> produces();

    void annotate(Doc doc);
}
