package dev.articleevents.core.model;

/** An actor of an event; role is one of perpetrator, target, participant, mediator. */
public record Actor(String name, String nameInText, String role) {
}
