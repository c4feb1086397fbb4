package dev.articleevents.build.archfixture.core.model;

/** An engine API type. */
public record Result(String value) {
}
