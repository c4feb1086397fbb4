package dev.articleevents.core.model;

/** Why an object produced no analysis; code is stable and machine-readable, message is for people. */
public record ErrorInfo(String code, String message) {
}
