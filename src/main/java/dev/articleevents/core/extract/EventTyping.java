package dev.articleevents.core.extract;

/**
 * Which kind a group of mentions tells, decided as each mention joins: the first word types it; general talk
 * leaves it; the title retypes it when surer; within a family the higher rank names it; else a sure word retypes
 * a weak one.
 */
final class EventTyping {
    private final GroupingRules rules;

    EventTyping(GroupingRules rules) {
        this.rules = rules;
    }

    void type(MentionGroup g, Mention m) {
        Trigger t = m.trigger();
        if (g.subEventType() == null) {
            g.retype(t);
        } else if (rules.generalTalkKeeps.keepsKind(m)) {
            if (bodyRetypes(g, t, false)) {
                rules.fired(rules.generalTalkKeeps);
            }
            return;
        } else if (m.headline() ? rules.titleRetypes.retypes(t, g.subEventType(), g.weight()) && rules.fired(rules.titleRetypes)
                : bodyRetypes(g, t, true)) {
            g.retype(t);
        }
        g.raiseWeight(t.weight());
    }

    /** Whether a body sentence's word retypes the group; {@code count}: whether the deciding rule is counted. */
    private boolean bodyRetypes(MentionGroup g, Trigger t, boolean count) {
        if (rules.higherRank.outranks(t.subEventType(), g.subEventType())) {
            return !count || rules.fired(rules.higherRank);
        }
        boolean sure = rules.sureWord.retypes(g.weight(), t.weight());
        boolean changes = !t.subEventType().equals(g.subEventType());
        if (rules.higherRank.outranks(g.subEventType(), t.subEventType())) {
            if (count && sure) {
                rules.fired(rules.higherRank); // the incident keeps its higher rank against a sure word
            }
            return false;
        }
        if (count && sure && changes) {
            rules.fired(rules.sureWord);
        }
        return sure;
    }
}
