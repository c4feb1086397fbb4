package dev.articleevents.core.rules;

/**
 * One named decision of the engine (a sentence rule, a grouping rule): small enough to test on a document of a
 * few lines, and counted by the {@link RuleChain} that holds it, so that a folder's run says which rules carry
 * the results and which never fire (CLIFF's chain of disambiguation passes is the model).
 */
public interface Rule {
    /** A short stable name, kebab-case: what `./analyze` prints. */
    default String name() {
        return RuleNames.kebab(getClass().getSimpleName());
    }

    /** One line: what the rule decides and why. */
    String description();
}
