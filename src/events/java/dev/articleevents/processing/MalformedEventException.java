package dev.articleevents.processing;

/** The event itself (not the object it points to) cannot be understood. */
public final class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
