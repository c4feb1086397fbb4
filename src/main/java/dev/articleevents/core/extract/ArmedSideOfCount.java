package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.List;
import java.util.Map;

/**
 * Which armed side a count of the dead is of, from the people named after it: "onze soldats" (state), "Onze
 * terroristes" (nonstate), "مقتل جندي" or "a soldier" (one, state), also after a partitive or a bound ("قتل 4 من مجندي الشرطة", "8 على الأقل من مسلحي التنظيم",
 * "four of the soldiers"), so that an event's sides can be added up (the gold's convention for partial counts).
 */
final class ArmedSideOfCount {
    /** The kind, in lexicon/casualty-modifiers.tsv, of the words that may stand between a count and its people. */
    private static final String BEFORE_PEOPLE = "before-people";
    /** Such words skipped at most: "8 على الأقل من مسلحي". */
    private static final int HOPS = 2;
    private final TargetKind targets;
    private final Map<String, PhraseLexicon<String>> modifiers;

    ArmedSideOfCount(TargetKind targets, Map<String, PhraseLexicon<String>> modifiers) {
        this.targets = targets;
        this.modifiers = modifiers;
    }

    /** "state", "nonstate", or null when the count is vague or of no armed people. */
    String of(List<Token> tokens, Count c, int to, String language) {
        if (c.value() == null || c.end() > to) {
            return null;
        }
        if ("single".equals(c.kind())) {
            // one victim: the Arabic noun is the count itself ("مقتل جندي"), the English or French one follows its
            // article ("a soldier", "un gendarme")
            String own = targets.armedSide(tokens, c.start(), Math.min(to, c.start() + 3), language);
            return own != null || c.end() >= to ? own : targets.armedSide(tokens, c.end(), Math.min(to, c.end() + 3), language);
        }
        if (c.end() >= to) {
            return null;
        }
        PhraseLexicon<String> mods = modifiers.getOrDefault(language, PhraseLexicon.none());
        int from = c.end();
        for (int hops = 0; hops < HOPS && from < to; hops++) {
            int next = from;
            for (PhraseLexicon.Match<String> m : mods.findLongest(tokens, from, Math.min(to, from + 3))) {
                if (m.start() == from && BEFORE_PEOPLE.equals(m.value())) {
                    next = m.end();
                }
            }
            if (next == from) {
                break;
            }
            from = next;
        }
        return targets.armedSide(tokens, from, Math.min(to, from + 3), language);
    }
}
