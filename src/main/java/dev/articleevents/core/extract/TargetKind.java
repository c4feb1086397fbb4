package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.TokenIndex;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.model.AcledLabel;

import java.util.List;
import java.util.Map;

/**
 * Who a generic attack hit, from the words after it (lexicon/civilian-words.tsv): an attack on soldiers,
 * police or fighters is a battle (armed clash), an attack on teachers, worshippers or a bus is violence
 * against civilians — ACLED's distinction, which the verb "attack" alone cannot make.
 */
public final class TargetKind {
    private static final String STATE_SIDE = "armed-state";
    /** A village as an attack's target: civilian for typing the attack, no person word anywhere else. */
    private static final String SETTLEMENT = "settlement";
    private final Map<String, PhraseLexicon<String>> byLanguage = PhraseLexicon.perLanguage("lexicon/civilian-words.tsv", 3, row -> row[2]);
    /** Words a perpetrator cue may stand from its people word: "by Ugandan rebels", "par des hommes armés". */
    private static final int CUE_REACH = 2;

    /** "civilian", "armed" or null: the first kind of people named in [from, to). */
    public String firstIn(List<Token> tokens, int from, int to, String language) {
        for (PhraseLexicon.Match<String> m : people(tokens, from, to, language)) {
            if (!SETTLEMENT.equals(m.value())) {
                return kindOf(m.value());
            }
        }
        return null;
    }

    /** "state" (soldiers, police), "nonstate" (fighters, militants) or null when [from, to) does not start with armed people. */
    public String armedSide(List<Token> tokens, int from, int to, String language) {
        List<PhraseLexicon.Match<String>> m = people(tokens, from, to, language);
        String kind = m.isEmpty() || m.get(0).start() != from ? null : m.get(0).value(); // a settlement is neither side
        return STATE_SIDE.equals(kind) ? "state" : "armed".equals(kind) ? "nonstate" : null;
    }

    /** The people words of [from, to), longest first, left to right. */
    private List<PhraseLexicon.Match<String>> people(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = byLanguage.get(language);
        return lexicon == null || from >= to ? List.of() : lexicon.findLongest(tokens, from, to);
    }

    /**
     * The kind of people hit, named after the event word. In Arabic the word right after a verb or an action
     * noun is its agent ("اقتحمت مجموعة مسلحة مقر…", "هجوم مسلحين على…"), so people named there are skipped.
     */
    private String targetAfter(Trigger t, List<Token> tokens, int sentenceEnd, String language) {
        int to = Math.min(sentenceEnd, t.end() + 8);
        List<PhraseLexicon.Match<String>> m = people(tokens, t.end(), to, language);
        int first = "ar".equals(language) && !m.isEmpty() && m.get(0).start() == t.end() ? 1 : 0;
        List<PhraseLexicon.Match<String>> cues = perpetratorCues(tokens, t.end(), to, language);
        for (int i = first; i < m.size(); i++) {
            if (!introducedByPerpetratorCue(m.get(i), cues, i == 0 ? t.end() : m.get(i - 1).end())) {
                return kindOf(m.get(i).value());
            }
        }
        return null;
    }

    /** "by", "par", "من قبل" in [from, to) (the perpetrator cues of {@link RoleCues}): the people such a word introduces did the attacking. */
    private List<PhraseLexicon.Match<String>> perpetratorCues(List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> lexicon = RoleCues.of(language);
        if (lexicon == null || from >= to) {
            return List.of();
        }
        return lexicon.findLongest(tokens, from, to).stream().filter(c -> "perpetrator".equals(c.value())).toList();
    }

    /** "attack by rebels": a perpetrator cue ends at most {@link #CUE_REACH} words before the people, after {@code since}. */
    private static boolean introducedByPerpetratorCue(PhraseLexicon.Match<String> people, List<PhraseLexicon.Match<String>> cues, int since) {
        for (PhraseLexicon.Match<String> c : cues) {
            if (c.start() >= since && c.end() <= people.start() && people.start() - c.end() <= CUE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon's kind as callers see it: the state's forces are armed people too, an attacked village civilians. */
    private static String kindOf(String raw) {
        return STATE_SIDE.equals(raw) ? "armed" : SETTLEMENT.equals(raw) ? "civilian" : raw;
    }

    /**
     * A generic attack word (weak Armed clash or Attack) retyped by its target: civilians → Violence
     * against civilians/Attack, armed people → Battles/Armed clash; in both cases made surer.
     */
    Trigger refine(Trigger t, List<Token> tokens, int sentenceEnd, String language, List<CasualtyFigure> figures) {
        boolean generic = t.weight() < MentionFinder.WEAK_WEIGHT
                && (AcledLabel.ARMED_CLASH.is(t.subEventType()) || AcledLabel.ATTACK.is(t.subEventType()));
        if (!generic && AcledLabel.ATTACK.is(t.subEventType())) {
            // an attack on soldiers or police is a battle, not violence against civilians (ACLED)
            String kind = targetAfter(t, tokens, sentenceEnd, language);
            return "armed".equals(kind) ? clash(t, t.weight()) : t;
        }
        if (!generic) {
            return t;
        }
        String kind = targetAfter(t, tokens, sentenceEnd, language);
        if (kind == null) {
            kind = victimsCounted(tokens, figures, language);
        }
        if ("civilian".equals(kind)) {
            return new Trigger(t.start(), t.end(), AcledLabel.VIOLENCE_AGAINST_CIVILIANS.label(), AcledLabel.ATTACK.label(), 0.65);
        }
        if ("armed".equals(kind)) {
            return clash(t, 0.65);
        }
        return t;
    }

    /**
     * "Treize civils ont été tués … dans une série d'attaques", "12 civilians killed": who the sentence's toll
     * counts, when it names one kind of people; null otherwise.
     */
    private String victimsCounted(List<Token> tokens, List<CasualtyFigure> figures, String language) {
        String kind = null;
        for (CasualtyFigure f : figures) {
            int from = TokenIndex.firstAtOrAfter(tokens, Token::start, f.start());
            int to = TokenIndex.firstAtOrAfter(tokens, Token::start, f.end());
            String counted = firstIn(tokens, from, to, language);
            if (counted != null) {
                if (kind != null && !kind.equals(counted)) {
                    return null;
                }
                kind = counted;
            }
        }
        return kind;
    }

    private static Trigger clash(Trigger t, double weight) {
        return new Trigger(t.start(), t.end(), AcledLabel.BATTLES.label(), AcledLabel.ARMED_CLASH.label(), weight);
    }
}
