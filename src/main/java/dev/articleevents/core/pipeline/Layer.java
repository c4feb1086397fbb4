package dev.articleevents.core.pipeline;

/**
 * A typed key of one layer of a {@link Doc} (Stanford CoreNLP's annotation keys are the model): a stage says
 * which layers it reads and which it writes by these keys, and the compiler keeps the values' types honest.
 * Each layer is declared by the stage that produces it. Keys compare by identity.
 */
public final class Layer<T> {
    private final String name;

    private Layer(String name) {
        this.name = name;
    }

    public static <T> Layer<T> named(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
