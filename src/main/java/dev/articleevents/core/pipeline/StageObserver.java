package dev.articleevents.core.pipeline;

/**
 * Told as each stage of an analysis ends, with the time it took: batch tools add up where the time goes, and
 * a test can make a stage fail to see what a caller gets when the engine breaks.
 */
@FunctionalInterface
public interface StageObserver {
    StageObserver NONE = (stage, nanos) -> {
    };

    /** @param stage the name of a {@link Stage} of the engine's pipeline */
    void ended(String stage, long nanos);
}
