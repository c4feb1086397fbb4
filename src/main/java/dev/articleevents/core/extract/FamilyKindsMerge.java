package dev.articleevents.core.extract;

import dev.articleevents.core.rules.Rule;

/**
 * The same incident told twice with kinds of one family (a car bomb via AP, a suicide attack via AFP; a protest
 * and the force it met) is one event (lexicon/event-kinds.tsv, column family).
 */
final class FamilyKindsMerge implements Rule {
    @Override
    public String description() {
        return "kinds of one family (suicide bomb and car bomb, protest and its repression) at one place and day are one event";
    }

    boolean sameKind(String subEventType, String other) {
        return subEventType.equals(other) || EventKinds.sameFamily(subEventType, other);
    }
}
