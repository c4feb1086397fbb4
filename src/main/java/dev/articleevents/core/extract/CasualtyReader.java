package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.lexicon.TsvResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Killed and injured figures of one sentence: each casualty word (lexicon/casualties.tsv) takes the
 * nearest count on the side the lexicon says ("قتل 23": after; "23 قتيلا", "nine were killed": before),
 * within a window that stops at another casualty word. Counts joined by "and/et/و" after one casualty
 * word add up ("neuf supplétifs et quatre soldats" → 13). Years, dates and clock times are not counts.
 */
public final class CasualtyReader {
    private static final int WINDOW = 9;
    private static final Set<String> NOT_PEOPLE_AFTER = Set.of("عاما", "عام", "سنه", "سنوات", "years", "year", "ans", "an",
            "ساعه", "ساعات", "hours", "heures", "h", "km", "كم", "كيلومتر", "kilometres", "kilometers", "metres", "meters",
            "مترا", "مليون", "million", "millions", "%", "بالمئه", "percent", "pour", "دقيقه", "minutes", "ايام", "days", "jours",
            "شهرا", "months", "mois", "اسابيع", "weeks", "semaines", "دولار", "dollars", "euros", "a.m", "p.m", "am", "pm",
            "يوما", "الاف");
    private final Map<String, PhraseLexicon<String>> wordsByLanguage = new java.util.HashMap<>();
    private final NumberReader numbers;
    private final Set<String> monthWords;

    public CasualtyReader(NumberReader numbers, Set<String> monthWords) {
        this.numbers = numbers;
        this.monthWords = monthWords;
        for (String[] row : TsvResource.rows("lexicon/casualties.tsv", 4)) {
            if (row[1].equals("killed") || row[1].equals("injured")) {
                wordsByLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[2], row[1] + ":" + row[3]);
            }
        }
    }

    public List<CasualtyFigure> read(String text, List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> words = wordsByLanguage.get(language);
        List<CasualtyFigure> none = new ArrayList<>();
        if (words == null) {
            return none;
        }
        List<Count> counts = new ArrayList<>();
        for (Count c : numbers.read(tokens, from, to, language)) {
            if (isPeopleCount(tokens, c, to)) {
                counts.add(c);
            }
        }
        List<PhraseLexicon.Match<String>> cues = words.findLongest(tokens, from, to);
        List<CasualtyFigure> out = new ArrayList<>();
        java.util.Set<Count> used = new java.util.HashSet<>();
        for (int ci = 0; ci < cues.size(); ci++) {
            PhraseLexicon.Match<String> cue = cues.get(ci);
            String kind = cue.value().substring(0, cue.value().indexOf(':'));
            String direction = cue.value().substring(cue.value().indexOf(':') + 1);
            int prevCueEnd = ci > 0 ? cues.get(ci - 1).end() : from;
            int nextCueStart = ci + 1 < cues.size() ? cues.get(ci + 1).start() : to;
            Count best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Count c : counts) {
                if (used.contains(c)) {
                    continue;
                }
                boolean after = c.start() >= cue.end() && c.start() < nextCueStart && c.start() - cue.end() <= WINDOW;
                boolean before = c.end() <= cue.start() && c.end() >= prevCueEnd && cue.start() - c.end() <= WINDOW / 2 + 1;
                boolean allowed = switch (direction) {
                    case "after" -> after;
                    case "before" -> before;
                    default -> after || before;
                };
                if (!allowed) {
                    continue;
                }
                // an exact count beats a vague one ("41 people have been killed and many more wounded")
                int distance = (after ? c.start() - cue.end() : (cue.start() - c.end()) * 2) + (c.value() == null ? 8 : 0);
                if (distance < bestDistance) {
                    best = c;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                continue;
            }
            used.add(best);
            Count total = best;
            if (best.start() >= cue.end() && best.value() != null) {
                total = addJoined(tokens, counts, used, best, nextCueStart);
            }
            int s = Math.min(cue.start(), total.start());
            int e = Math.max(cue.end(), total.end());
            out.add(new CasualtyFigure(kind, total, text.substring(tokens.get(s).start(), tokens.get(e - 1).end()),
                    tokens.get(s).start(), tokens.get(e - 1).end()));
        }
        return out;
    }

    /** "9 auxiliaries and 4 soldiers": a later count right after a conjunction adds to the first. */
    private static Count addJoined(List<Token> tokens, List<Count> counts, java.util.Set<Count> used, Count first, int limit) {
        Count total = first;
        for (Count c : counts) {
            if (c.start() <= total.end() || c.start() >= limit || c.value() == null || used.contains(c)) {
                continue;
            }
            Token before = tokens.get(c.start());
            boolean joined = c.start() - total.end() <= 5 && (before.norm().startsWith("و") && before.norm().length() > 2
                    || (c.start() > 0 && Set.of("and", "et", "و").contains(tokens.get(c.start() - 1).norm())));
            if (!joined) {
                break;
            }
            used.add(c);
            total = new Count(total.value() + c.value(), total.kind(), total.start(), c.end());
        }
        return total;
    }

    private boolean isPeopleCount(List<Token> tokens, Count c, int to) {
        if (c.value() == null) {
            return true;
        }
        Token first = tokens.get(c.end() - 1);
        if (first.isNumber() && c.value() >= 1900 && c.value() <= 2100) {
            return false;
        }
        if (c.end() < to) {
            Token next = tokens.get(c.end());
            for (String v : next.variants()) {
                if (NOT_PEOPLE_AFTER.contains(v) || monthWords.contains(v)) {
                    return false;
                }
            }
        }
        if (c.start() > 0 && tokens.get(c.start()).start() - tokens.get(c.start() - 1).end() <= 1) {
            Token prev = tokens.get(c.start() - 1);
            for (String v : prev.variants()) {
                if (monthWords.contains(v)) {
                    return false; // "May 12"
                }
            }
        }
        return true;
    }

}
