package dev.articleevents.core.pipeline;

/** The bytes cannot be analysed as an article; {@code code} goes into the contract's error document. */
public final class InputRejectedException extends RuntimeException {
    private final String code;

    public InputRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
