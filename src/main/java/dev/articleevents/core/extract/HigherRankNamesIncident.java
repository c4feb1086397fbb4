package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * Kinds of one family tell one incident (lexicon/event-kinds.tsv): a suicide bomb is also a car bomb, a
 * demonstration met by force is also a protest; ACLED codes it by the most specific, most forceful kind.
 */
final class HigherRankNamesIncident implements Rule {
    @Override
    public String description() {
        return "within a family of kinds the higher rank names the incident (suicide bomb over car bomb, force over protest)";
    }

    /** Whether {@code subEventType} names the incident better than {@code other}. */
    boolean outranks(String subEventType, String other) {
        return EventKinds.outranks(subEventType, other);
    }
}
