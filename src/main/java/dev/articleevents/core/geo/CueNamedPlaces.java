package dev.articleevents.core.geo;

import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.LanguageProfile;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Villages, camps, districts and areas the gazetteer lacks, reported from the cue word that names them ("قرية X",
 * "the village of X", "quartier de X", "جبل الزاوية", "the Korengal valley"), and the area such a village is
 * said to lie in ("بلدة حمورية بالغوطة الشرقية").
 */
final class CueNamedPlaces {
    /** Words a Latin-script name after a cue may have, at most. */
    private static final int MAX_LATIN_NAME_WORDS = 4;
    /** Capitalised words a Latin-script name before its cue may have ("the Korengal valley"), at most. */
    private static final int MAX_WORDS_BEFORE_CUE = 3;
    /** An area's definite head word: the article and at least three letters ("الغوطة"). */
    private static final int MIN_AREA_HEAD = 5;
    /** A line of at least this many longer words, all capitalised, is in title case. */
    private static final int TITLE_MIN_WORDS = 4;
    private final PlaceWords words;

    CueNamedPlaces(PlaceWords words) {
        this.words = words;
    }

    /**
     * The cues of a passage that name a place: where a name after a cue starts (with the cue's kind), where an
     * area's own word starts when it is part of the name ("جبل الزاوية"), and Latin-script names before a cue
     * that follows them, keyed by where the name starts.
     */
    record Cues(Map<Integer, String> nameAfter, Map<Integer, Integer> areaWordAt,
                Map<Integer, PhraseLexicon.Match<String>> nameBefore, Map<Integer, Integer> cueStartOf) {
    }

    Cues find(Passage p, Map<Integer, String> cueBefore) {
        Map<Integer, String> nameAfter = new HashMap<>();
        // a valley, a mountain, a plain is named with its word: "جبل الزاوية", "la vallée de Zarafshan"
        Map<Integer, Integer> areaWordAt = new HashMap<>();
        // where (a character offset) the naming cue of the name starting at a token begins, for the name as written
        Map<Integer, Integer> cueStartOf = new HashMap<>();
        for (PhraseLexicon.Match<String> m : words.namingCues(p.language()).findLongest(p.tokens(), p.from(), p.to())) {
            if (m.end() < p.to() && directlyAfter(p.text(), p.token(m.end() - 1).end(), p.token(m.end()).start())
                    && !(p.arabic() && ArabicProclitics.table().definite(p.token(m.start()).norm()))) {
                nameAfter.put(m.end(), m.value()); // the name follows the cue directly, no punctuation between
                cueStartOf.put(m.end(), cueCharStart(p, m));
                if ("region".equals(m.value())) {
                    areaWordAt.put(m.end(), m.start());
                }
            }
        }
        if (!p.arabic()) {
            // in Latin script a capitalised word after "near", "à", "in" is a name: a village if no gazetteer knows it,
            // also where the cue opens the sentence ("À Ouatagouna, 14 civils ont été tués": a round-up's places)
            cueBefore.forEach((end, kind) -> {
                if ((kind.equals("near") || kind.equals("in")) && end < p.to() && !nameAfter.containsKey(end)
                        && Passage.capitalised(p.token(end)) && !words.isCalendarWord(p.token(end).norm())
                        && end > p.from() && !shouted(p.token(end - 1)) && !words.actorNameAt(p, end)
                        && !titleCased(p, end)) {
                    nameAfter.put(end, "settlement-" + kind);
                }
            });
        }
        return new Cues(nameAfter, areaWordAt, namesBeforeCues(p), cueStartOf);
    }

    /** "KABUL (AT News):": a cue word in capitals is part of a name or a dateline, not "at". */
    private static boolean shouted(Token t) {
        String w = t.surface();
        return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether token {@code k} stands on a line written in title case ("Gunmen Kill At Least Five Soldiers In Burkina
     * Unrest"), where a capitalised word after "in" says nothing about its being a name: every longer word of the
     * line is capitalised (a sentence of names, "Gunmen killed 12 in Tunga Kawo on Sunday", still has its verb).
     */
    private static boolean titleCased(Passage p, int k) {
        String text = p.text();
        int at = p.token(k).start();
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int first = k;
        while (first > p.from() && p.token(first - 1).start() >= lineStart) {
            first--;
        }
        int longer = 0;
        int capitalised = 0;
        for (int i = first; i < p.to() && p.token(i).end() <= lineEnd; i++) {
            if (longWord(p.token(i))) {
                longer++;
                capitalised += Passage.capitalised(p.token(i)) ? 1 : 0;
            }
        }
        return longer >= TITLE_MIN_WORDS && capitalised == longer;
    }

    /** Words of a title-case line counted: four letters or more (title case leaves "in", "of", "the" lowercase). */
    private static boolean longWord(Token t) {
        return t.surface().length() >= 4 && Character.isLetter(t.surface().charAt(0));
    }

    /**
     * Where the cue begins as the word it is: "ببلدة ترال" is "in" glued to "بلدة", and the place is written "بلدة
     * ترال" (the cue word matched through its form without the glued letters).
     */
    private static int cueCharStart(Passage p, PhraseLexicon.Match<String> m) {
        Token first = p.token(m.start());
        String cueWord = TextNormalizer.normalize(PhraseLexicon.wordsOf(m.pattern()).get(0));
        return first.start() + Math.max(0, ArabicProclitics.table().gluedBefore(first.surface(), cueWord));
    }

    /** The cue-named places no accepted gazetteer reading covers, and the areas their villages lie in. */
    void addUnlisted(Passage p, Cues cues, Set<Integer> covered, List<PlaceMention> out) {
        for (Map.Entry<Integer, String> cue : cues.nameAfter().entrySet()) {
            if (covered.contains(cue.getKey())) {
                continue;
            }
            int end = unknownNameEnd(p, cue.getKey());
            if (end > cue.getKey()) {
                int start = cues.areaWordAt().getOrDefault(cue.getKey(), cue.getKey());
                Integer cueStart = cues.cueStartOf().get(cue.getKey());
                out.add(cueStart == null || start != cue.getKey() ? p.mention(start, end, null, cue.getValue())
                        : p.namedAfterCue(cueStart, start, end, cue.getValue()));
                PlaceMention area = enclosingArea(p, end);
                if (area != null && !covered.contains(area.start())) {
                    out.add(area);
                }
            }
        }
        cues.nameBefore().forEach((start, cue) -> {
            if (IntStream.range(start, cue.start()).noneMatch(covered::contains)) {
                out.add(p.mention(start, cue.end(), null, cue.value()));
            }
        });
    }

    /**
     * Latin-script names a cue word follows ("the Panjshir valley", "Zaatari camp"): up to three capitalised
     * words right before the cue, none a function word, geo stop word or calendar word; keyed by where the name
     * starts. The name is reported with its cue, as the text names the place.
     */
    private Map<Integer, PhraseLexicon.Match<String>> namesBeforeCues(Passage p) {
        Map<Integer, PhraseLexicon.Match<String>> out = new HashMap<>();
        PhraseLexicon<String> cues = words.cuesAfterName(p.language());
        if (cues == null || p.arabic()) {
            return out;
        }
        Set<String> stop = words.stopwords(p.language());
        for (PhraseLexicon.Match<String> m : cues.findLongest(p.tokens(), p.from(), p.to())) {
            int k = m.start();
            while (k > p.from() && m.start() - k < MAX_WORDS_BEFORE_CUE && p.joinedBySpaceOrHyphen(k - 1)
                    && capitalisedName(p.token(k - 1), stop)) {
                k--;
            }
            if (k < m.start() && Character.isLowerCase(p.token(m.start()).surface().charAt(0))) {
                out.put(k, m);
            }
        }
        return out;
    }

    private boolean capitalisedName(Token t, Set<String> stop) {
        return Passage.capitalised(t) && !t.isNumber() && !words.isFunctionWord(t)
                && !stop.contains(t.norm()) && !words.isCalendarWord(t.norm());
    }

    /** The name after a naming cue: Latin capitalised words, or one or two Arabic words; never a function word nor an adjective. */
    private int unknownNameEnd(Passage p, int start) {
        if (start >= p.to()) {
            return start;
        }
        Token first = p.token(start);
        if (first.isNumber() || words.isFunctionWord(first) || words.stopwords(p.language()).contains(first.norm())
                || words.isWorldRegion(p.language(), first.norm())
                || words.isOwnWordInAnyForm(p.language(), first) || p.arabic() && indefiniteNisba(first)) {
            return start;
        }
        return p.arabic() ? arabicNameEnd(p, start) : latinNameEnd(p, start);
    }

    /** "منطقة سكنية", "قرى حدودية": an indefinite nisba adjective says what kind of place the cue names, not its name. */
    private boolean indefiniteNisba(Token word) {
        return words.endsWithNamePart("nisba-ending", word.norm()) && !ArabicProclitics.table().writtenWithArticle(word.norm());
    }

    /**
     * Capitalised words, with a connector between two of them ("Ras al Ain"), up to four words; a name may open with
     * a lowercase Arabic article hyphened to a capitalised word ("al-Madain", "el-Fasher"), as transliterations write it.
     */
    private int latinNameEnd(Passage p, int start) {
        int k = start;
        while (k < p.to() && (k == start || p.joinedBySpaceOrHyphen(k - 1))
                && (Passage.capitalised(p.token(k)) && !words.isFunctionWord(p.token(k))
                || (k + 1 < p.to() && (k > start || hyphenedToNext(p, k)) && words.isNamePart("connector", p.token(k).norm())
                && Passage.capitalised(p.token(k + 1))))) {
            k++;
        }
        return Math.min(k, start + MAX_LATIN_NAME_WORDS);
    }

    /** Whether token {@code k} is joined to the next by a hyphen alone ("al-Madain"). */
    private static boolean hyphenedToNext(Passage p, int k) {
        return "-".equals(p.text().substring(p.token(k).end(), p.token(k + 1).start()));
    }

    /**
     * One word, two after a starter ("دير الزور") or before a definite word, and a direction suffix ("الغوطة الشرقية").
     * A definite word in the feminine after the name describes the place rather than naming it ("مدينة وانلاوين
     * الصغيرة", "ميرجاوه الحدودية", "مبورو الواقعة"): it agrees with the feminine cue noun, so it stays out.
     */
    private int arabicNameEnd(Passage p, int start) {
        ArabicProclitics arabic = ArabicProclitics.table();
        Token first = p.token(start);
        int end = start + 1;
        if (end < p.to() && p.adjacentWithoutPunctuation(start) && !words.isFunctionWord(p.token(end))
                && !words.isCalendarWord(p.token(end).norm()) // "بلدة كفرنبل الأحد": the day, not the name
                && (words.isNamePart("starter", first.norm())
                || (arabic.withoutArticle(p.token(end).norm()) != null && !arabic.writtenWithArticle(first.norm())
                && !words.endsWithNamePart("feminine-ending", p.token(end).norm())))) {
            end++;
        }
        if (end < p.to() && p.adjacentWithoutPunctuation(end - 1) && words.isNamePart("suffix", p.token(end).norm())) {
            end++; // الغوطة الشرقية
        }
        return end;
    }

    /**
     * "بلدة حمورية بالغوطة الشرقية", "قرية X في الريف الغربي": the area a cue-named village lies in, when it is
     * named by a definite word and a direction adjective (the pattern of Arabic area names no gazetteer of
     * towns holds). A region the text has thus introduced is a place wherever else the article names it.
     */
    private PlaceMention enclosingArea(Passage p, int i) {
        if (!p.arabic() || i + 1 >= p.to() || !p.adjacentWithoutPunctuation(i - 1)) {
            return null;
        }
        int start = i;
        String head = p.token(i).norm();
        if (words.isNamePart("linker", head)) {
            if (i + 2 >= p.to() || !p.adjacentWithoutPunctuation(i)) {
                return null;
            }
            start = i + 1;
            head = p.token(start).norm();
        } else if (words.afterGluedLinker(head) != null) {
            head = words.afterGluedLinker(head); // the glued "in" is not part of the name
        } else {
            return null;
        }
        int suffix = start + 1;
        if (!ArabicProclitics.table().writtenWithArticle(head) || head.length() < MIN_AREA_HEAD || words.isFunctionWord(p.token(start))
                || suffix >= p.to() || !p.adjacentWithoutPunctuation(start) || !words.isNamePart("suffix", p.token(suffix).norm())) {
            return null;
        }
        return p.mention(start, suffix + 1, null, "region").withoutGluedLetters(p.token(start), head);
    }

    /** Nothing but a space, or an opening quotation mark ("منطقة "باركان" الصناعية"), between a cue and the name after it. */
    private static boolean directlyAfter(String text, int cueEnd, int nameStart) {
        String between = text.substring(cueEnd, nameStart);
        return between.length() <= 1
                || between.strip().length() == 1 && LanguageProfile.anyLanguage().marks().opens(between.strip().charAt(0));
    }
}
