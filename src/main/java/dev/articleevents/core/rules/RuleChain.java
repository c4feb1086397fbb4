package dev.articleevents.core.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered list of rules of one kind, with a fire count per rule. The chain owns the counting so that a rule
 * stays a decision and nothing else; counts are kept per engine (thread-safe), not per article.
 */
public final class RuleChain<R extends Rule> {
    private final String name;
    private final List<R> rules;
    private final Map<R, LongAdder> fired = new IdentityHashMap<>();

    public RuleChain(String name, List<R> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
        this.rules.forEach(r -> fired.put(r, new LongAdder()));
    }

    public String name() {
        return name;
    }

    /** The rules in the order they are tried. */
    public List<R> rules() {
        return rules;
    }

    /** Records that {@code rule} (one of this chain's) decided something; returns {@code true} for use in conditions. */
    public boolean fired(R rule) {
        LongAdder count = fired.get(rule);
        if (count == null) {
            throw new IllegalArgumentException(rule.name() + " is not a rule of the chain " + name);
        }
        count.increment();
        return true;
    }

    public List<RuleCount> counts() {
        List<RuleCount> out = new ArrayList<>(rules.size());
        for (R r : rules) {
            out.add(new RuleCount(name, r.name(), r.description(), fired.get(r).sum()));
        }
        return out;
    }
}
