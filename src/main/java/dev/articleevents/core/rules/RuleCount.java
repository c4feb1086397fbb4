package dev.articleevents.core.rules;

/** How often one rule of one chain fired since the engine was built. */
public record RuleCount(String chain, String rule, String description, long fired) {
}
