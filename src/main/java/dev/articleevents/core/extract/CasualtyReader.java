package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.TsvResource;

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
    /** Units after a number that make it a measure, not people (lexicon/count-units.tsv, all languages). */
    private static final Set<String> NOT_PEOPLE_AFTER = TsvResource.rows("lexicon/count-units.tsv", 2).stream()
            .map(row -> row[1]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private final Map<String, PhraseLexicon<String>> wordsByLanguage = new java.util.HashMap<>();
    private final Map<String, PhraseLexicon<String>> modifiers = PhraseLexicon.perLanguage("lexicon/casualty-modifiers.tsv", 3, row -> row[2]);
    private final NumberReader numbers;
    private final TargetKind targets = new TargetKind();
    private final ArmedSideOfCount sides = new ArmedSideOfCount(targets, modifiers);
    private final Set<String> monthWords;

    public CasualtyReader(NumberReader numbers, Set<String> monthWords) {
        this.numbers = numbers;
        this.monthWords = monthWords;
        for (String[] row : TsvResource.rows("lexicon/casualties.tsv", 4)) {
            if (row[1].equals("killed") || row[1].equals("injured") || row[1].equals(CasualtyFigure.ATTACKERS_KILLED)) {
                wordsByLanguage.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[2], row[1] + ":" + row[3]);
            }
        }
    }

    /** Who the people words name (lexicon/civilian-words.tsv), as this reader tells the sides' dead apart: one table for the finder too. */
    TargetKind targets() {
        return targets;
    }

    /** What one sentence's figures are read from: its words, the modifiers before each position, its counts of people, the counts taken. */
    private record Sentence(String text, List<Token> tokens, int from, int to, String language, Map<Integer, String> modifierBefore,
                            List<Count> counts, Set<Count> used) {
        String span(int start, int end) {
            return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        }
    }

    public List<CasualtyFigure> read(String text, List<Token> tokens, int from, int to, String language) {
        PhraseLexicon<String> words = wordsByLanguage.get(language);
        if (words == null) {
            return new ArrayList<>();
        }
        Map<Integer, String> modifierBefore = new java.util.HashMap<>();
        List<CasualtyFigure> out = new ArrayList<>(statedNone(text, tokens, from, to, language, modifierBefore));
        List<Count> counts = peopleCounts(text, tokens, from, to, language, modifierBefore);
        Sentence s = new Sentence(text, tokens, from, to, language, modifierBefore, counts, new java.util.HashSet<>());
        List<PhraseLexicon.Match<String>> cues = words.findLongest(tokens, from, to);
        for (int ci = 0; ci < cues.size(); ci++) {
            CasualtyFigure f = figureAt(s, cues, ci);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** "No casualties", "nobody was hurt": zero figures the text states; notes every modifier in {@code modifierBefore}. */
    private List<CasualtyFigure> statedNone(String text, List<Token> tokens, int from, int to, String language,
                                            Map<Integer, String> modifierBefore) {
        PhraseLexicon<String> mods = modifiers.getOrDefault(language, PhraseLexicon.none());
        List<CasualtyFigure> stated = new ArrayList<>();
        for (PhraseLexicon.Match<String> m : mods.findLongest(tokens, from, to)) {
            modifierBefore.put(m.end(), m.value());
            if (m.value().startsWith("none")) {
                int cs = tokens.get(m.start()).start();
                int ce = tokens.get(m.end() - 1).end();
                String span = text.substring(cs, ce);
                Count zero = new Count(0, "exact", m.start(), m.end());
                if (!m.value().equals("none-injured")) {
                    stated.add(new CasualtyFigure(CasualtyFigure.KILLED, zero, span, cs, ce));
                }
                if (!m.value().equals("none-killed")) {
                    stated.add(new CasualtyFigure(CasualtyFigure.INJURED, zero, span, cs, ce));
                }
            }
        }
        return stated;
    }

    /** The counts of people in [from, to), in text order: no counts inside a subset, no years or measures, an article as one. */
    private List<Count> peopleCounts(String text, List<Token> tokens, int from, int to, String language, Map<Integer, String> modifierBefore) {
        List<Count> counts = new ArrayList<>();
        int subsetEnd = -1;
        for (Count c : numbers.read(tokens, from, to, language)) {
            // "including six soldiers and three policemen": the counts joined to a subset are in it too; not after a
            // comma, which closes it ("18 morts, dont deux enfants, et 21 blessés")
            boolean joinedToSubset = subsetEnd >= 0 && c.start() > subsetEnd && c.start() - subsetEnd <= 3
                    && JoinedCounts.joinedByAnd(tokens, c.start()) && !JoinedCounts.commaBetween(text, tokens, subsetEnd, c.start());
            if ("subset".equals(modifierBefore.get(c.start())) || joinedToSubset) {
                modifierBefore.putIfAbsent(c.end(), "subset-end");
                subsetEnd = c.end();
                continue; // "among them 13 children": already inside the count before
            }
            subsetEnd = -1;
            if (c.value() != null && c.value() == 1 && c.end() - c.start() == 1 && "single".equals(modifierBefore.get(c.end()))) {
                continue;
            }
            if (isPeopleCount(tokens, c, to)) {
                counts.add(c);
            }
        }
        // "a blogger", "une jeune femme": one victim, when the article stands right after a killing verb
        for (Map.Entry<Integer, String> e : modifierBefore.entrySet()) {
            int article = e.getKey() - 1;
            // "une dizaine", "une trentaine": the article begins a number, it is no victim of its own
            boolean startsNumber = counts.stream().anyMatch(c -> c.start() == article && c.end() > article + 1);
            // "لقي 128 شخصا حتفهم": an Arabic victim noun right after a count is the noun counted, not one person
            boolean counted = counts.stream().anyMatch(c -> c.end() == article);
            // the count is the marker's own token: an Arabic victim noun may end the sentence ("إلى مقتل شاب.")
            if (e.getValue().equals("single") && article >= from && e.getKey() <= to && !startsNumber && !counted) {
                counts.add(new Count(1, "single", e.getKey() - 1, e.getKey()));
            }
        }
        counts.sort(java.util.Comparator.comparingInt(Count::start));
        return counts;
    }

    /** The figure of the casualty word {@code cues[ci]}: the count it takes, with the counts joined to it; null when it takes none. */
    private CasualtyFigure figureAt(Sentence s, List<PhraseLexicon.Match<String>> cues, int ci) {
        PhraseLexicon.Match<String> cue = cues.get(ci);
        String kind = cue.value().substring(0, cue.value().indexOf(':'));
        String direction = directionOf(cue);
        List<Token> tokens = s.tokens();
        if (direction.startsWith("=")) {
            // "قتيلين": the word itself says how many (an Arabic dual)
            Count fixed = new Count(Integer.parseInt(direction.substring(1)), "exact", cue.start(), cue.end());
            return new CasualtyFigure(kind, fixed, s.span(cue.start(), cue.end()), tokens.get(cue.start()).start(), tokens.get(cue.end() - 1).end());
        }
        int prevCueEnd = ci > 0 ? cues.get(ci - 1).end() : s.from();
        int nextCueStart = ci + 1 < cues.size() ? cues.get(ci + 1).start() : s.to();
        // "five killed and 12 wounded", "huit militaires tués et treize blessés": a count right before the next casualty
        // word, which takes its count before it, is that word's
        int claimedAt = ci + 1 < cues.size() && takesCountBefore(cues.get(ci + 1)) ? nextCueStart : -1;
        Count best = nearestCount(s, cue, direction, prevCueEnd, nextCueStart, claimedAt);
        if (best == null && direction.equals("before+one")) {
            // "the blogger was hacked to death": a singular verb with no count is one victim
            best = new Count(1, "single", cue.start(), cue.start());
        } else if (best == null) {
            return null;
        }
        s.used().add(best);
        Count total = best;
        if (best.value() != null && (!"single".equals(best.kind()) || best.start() >= cue.end())) {
            // joined counts stay on the same side of the casualty word as the first one; one victim named after the
            // word joins too ("مقتل جندي وثلاثة مسلحين", "killed a soldier and three militants": four)
            total = JoinedCounts.after(tokens, s.counts(), s.used(), best, best.start() >= cue.end() ? nextCueStart : cue.start(), s.modifierBefore());
        }
        if (best.value() != null && best.end() <= cue.start()) {
            total = JoinedCounts.before(tokens, s.counts(), s.used(), total, prevCueEnd);
            total = withJoinedAfter(s, cue, nextCueStart, total);
        }
        int start = Math.min(cue.start(), total.start());
        int end = Math.max(cue.end(), total.end());
        return new CasualtyFigure(kind, total, s.span(start, end), tokens.get(start).start(), tokens.get(end - 1).end(),
                armedGroup(tokens, best, s.to(), s.language()));
    }

    /** Where a casualty word's count stands (casualties.tsv's direction column, kept after the kind in the match's value). */
    private static String directionOf(PhraseLexicon.Match<String> cue) {
        return cue.value().substring(cue.value().indexOf(':') + 1);
    }

    /** Whether a casualty word may take a count standing before it. */
    private static boolean takesCountBefore(PhraseLexicon.Match<String> cue) {
        String direction = directionOf(cue);
        return direction.startsWith("before") || direction.equals("either") || direction.equals("right-before");
    }

    /** The count a casualty word takes on the side its direction allows, nearest first, an exact count before a vague one. */
    private static Count nearestCount(Sentence s, PhraseLexicon.Match<String> cue, String direction, int prevCueEnd, int nextCueStart,
                                     int claimedAt) {
        Count best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Count c : s.counts()) {
            if (s.used().contains(c)) {
                continue;
            }
            boolean after = c.start() >= cue.end() && c.start() < nextCueStart && c.start() - cue.end() <= WINDOW
                    && c.end() != claimedAt;
            boolean before = c.end() <= cue.start() && c.end() >= prevCueEnd
                    && cue.start() - c.end() <= WINDOW - 2 + (subsetBetween(s.modifierBefore(), c.end(), cue.start()) ? WINDOW : 0);
            boolean allowed = switch (direction) {
                case "after" -> after;
                case "before", "before+one" -> before;
                case "right-before" -> before && c.end() == cue.start();
                default -> after || before;
            };
            // "a blogger" right after "hacked", "un blessé": an article next to the word counts one
            boolean adjacent = after && c.start() == cue.end() || before && c.end() == cue.start() && !direction.equals("after");
            if (!allowed || "single".equals(c.kind()) && !adjacent) {
                continue;
            }
            // an exact count beats a vague one ("41 people have been killed and many more wounded")
            int distance = (after ? c.start() - cue.end() : (cue.start() - c.end()) * 2) + (c.value() == null ? 8 : 0);
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * "two civilians were killed, officials said, along with five assailants": an explicit joining phrase carries a
     * count from after the casualty word into the same total.
     */
    private static Count withJoinedAfter(Sentence s, PhraseLexicon.Match<String> cue, int nextCueStart, Count total) {
        for (Count c : s.counts()) {
            if (c.start() >= cue.end() && c.start() < nextCueStart && c.value() != null && !s.used().contains(c)
                    && "join".equals(s.modifierBefore().get(c.start())) && c.start() - cue.end() <= WINDOW) {
                s.used().add(c);
                return new Count(total.value() + c.value(), total.kind(), total.start(), c.end());
            }
        }
        return total;
    }

    /** "onze soldats" (state), "Onze terroristes" (nonstate): the side of the armed people a count is of ({@link ArmedSideOfCount}). */
    private String armedGroup(List<Token> tokens, Count c, int to, String language) {
        return sides.of(tokens, c, to, language);
    }

    /** "Ten people, including six soldiers and three policemen, were killed": a subset between a count and its verb. */
    private static boolean subsetBetween(Map<Integer, String> modifierBefore, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if ("subset-end".equals(modifierBefore.get(k))) {
                return true;
            }
        }
        return false;
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
            if (next.anyFormIn(NOT_PEOPLE_AFTER) || next.anyFormIn(monthWords)) {
                return false;
            }
        }
        if (c.start() > 0 && tokens.get(c.start()).start() - tokens.get(c.start() - 1).end() <= 1) {
            if (tokens.get(c.start() - 1).anyFormIn(monthWords)) {
                return false; // "May 12"
            }
        }
        return true;
    }

}
