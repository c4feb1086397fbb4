package dev.articleevents.core.model;

public record Engine(String version) {
}
