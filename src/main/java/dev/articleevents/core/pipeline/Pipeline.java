package dev.articleevents.core.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's stages in order. Built once: it checks that every layer a stage requires is given or produced
 * by an earlier stage, so that an order that cannot work fails at start-up and not on some article. Running it
 * owns what every stage shares: the time each took (told to the {@link StageObserver}) and the deadline,
 * checked as each stage ends.
 */
public final class Pipeline {
    private final List<Stage> stages;

    /** @param given the layers the caller writes before the first stage (the input) */
    public Pipeline(Set<Layer<?>> given, List<Stage> stages) {
        Set<Layer<?>> known = new HashSet<>(given);
        Set<String> names = new HashSet<>();
        for (Stage s : stages) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two stages named '" + s.name() + "'");
            }
            for (Layer<?> needed : s.requires()) {
                if (!known.contains(needed)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' requires layer '" + needed
                            + "', which no earlier stage produces");
                }
            }
            for (Layer<?> made : s.produces()) {
                if (!known.add(made)) {
                    throw new IllegalArgumentException("layer '" + made + "' is produced twice (again by '" + s.name() + "')");
                }
            }
        }
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public void run(Doc doc, StageObserver observer) {
        long clock = System.nanoTime();
        for (Stage s : stages) {
            s.annotate(doc);
            for (Layer<?> made : s.produces()) {
                if (!doc.has(made)) {
                    throw new IllegalStateException("stage '" + s.name() + "' did not write its layer '" + made + "'");
                }
            }
            long now = System.nanoTime();
            observer.ended(s.name(), now - clock);
            doc.deadline().check(s.name());
            clock = now;
        }
    }

    /** One line per stage: its name, what it does, what it reads and writes (README's stage list is checked against it). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Stage s : stages) {
            out.add(s.name() + " — " + s.description() + " Reads: " + names(s.requires()) + ". Writes: "
                    + names(s.produces()) + ".");
        }
        return out;
    }

    private static String names(List<Layer<?>> layers) {
        return layers.isEmpty() ? "nothing" : layers.stream().map(Layer::name).collect(Collectors.joining(", "));
    }
}
