package dev.articleevents.core.pipeline;

import java.time.Duration;

/**
 * The time an analysis may take. The stages ask it at their boundaries and once per paragraph of the longest
 * stage; past the limit the analysis ends as the error document {@code too-slow}, so that a huge or
 * pathological article never runs into the function's own time-out (which a queue would retry, five times,
 * for the same result).
 */
public final class AnalysisDeadline {
    public static final String TOO_SLOW = "too-slow";
    private static final AnalysisDeadline NONE = new AnalysisDeadline(0, Long.MAX_VALUE);

    private final long started;
    private final long limitNanos;

    private AnalysisDeadline(long started, long limitNanos) {
        this.started = started;
        this.limitNanos = limitNanos;
    }

    /** No limit (batch tools, tests). */
    public static AnalysisDeadline none() {
        return NONE;
    }

    /** A limit counted from now; zero or negative means none. */
    public static AnalysisDeadline after(Duration limit) {
        return limit.isZero() || limit.isNegative() ? NONE : new AnalysisDeadline(System.nanoTime(), limit.toNanos());
    }

    /** @throws InputRejectedException with code {@value #TOO_SLOW} once the limit has passed */
    public void check(String stage) {
        if (limitNanos == Long.MAX_VALUE) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        if (elapsed > limitNanos) {
            throw new InputRejectedException(TOO_SLOW, "analysis stopped at the " + stage + " stage after "
                    + elapsed / 1_000_000 + " ms: the limit is " + limitNanos / 1_000_000
                    + " ms (app.max-analysis-ms); split the article into smaller files or raise the limit");
        }
    }
}
