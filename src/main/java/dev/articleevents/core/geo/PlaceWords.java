package dev.articleevents.core.geo;

import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.LanguageIdentifier;
import dev.articleevents.core.language.LanguageProfile;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;
import dev.articleevents.core.resource.Lexicons;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words place reading relies on besides the gazetteer: ordinary words that are also town names
 * (lexicon/geo-stopwords.tsv), continents (lexicon/world-regions.tsv), place cues (lexicon/place-cues.tsv), the words
 * names of unlisted places are made of (lexicon/place-name-parts.tsv), actors' names (lexicon/actors.tsv), function
 * words, calendar words and the engine's own vocabulary.
 */
final class PlaceWords {
    /** The most words an actor alias that could follow a cue is read over. */
    private static final int MAX_ACTOR_WORDS = 6;
    private final Map<String, Set<String>> stopwords = new HashMap<>();
    /** Continents and world regions (lexicon/world-regions.tsv): never a place, whichever town shares the name. */
    private final Map<String, Set<String>> worldRegions = new HashMap<>();
    private final Map<String, PhraseLexicon<String>> cues = new HashMap<>();
    /** Cues after which a name no gazetteer knows is still a place ("قرية X", "the village of X"). */
    private final Map<String, PhraseLexicon<String>> namingCues = new HashMap<>();
    /** Cues that follow the name they introduce: "the Panjshir valley", "Zaatari camp" (position "before"). */
    private final Map<String, PhraseLexicon<String>> cuesAfterName = new HashMap<>();
    private final Map<String, Set<String>> nameParts = new HashMap<>();
    /** Armed groups' and other actors' names (lexicon/actors.tsv): "affiliée à Al-Qaida" names no village. */
    private final Map<String, PhraseLexicon<Boolean>> actorNames = new HashMap<>();
    private final Set<String> functionWords = LanguageProfile.anyLanguage().functionWords();
    private final Set<String> calendarWords;
    private final OwnVocabulary ownWords = new OwnVocabulary();

    /** @param calendarWords month and weekday names and parts of the day in matching form */
    PlaceWords(Set<String> calendarWords) {
        this.calendarWords = calendarWords;
        for (String[] row : Lexicons.rows("lexicon/geo-stopwords.tsv", 2)) {
            stopwords.computeIfAbsent(row[0], k -> new HashSet<>()).add(PlaceIndexFormat.key(row[1]));
        }
        for (String[] row : Lexicons.rows("lexicon/world-regions.tsv", 2)) {
            worldRegions.computeIfAbsent(row[0], k -> new HashSet<>()).add(PlaceIndexFormat.key(row[1]));
        }
        for (String[] row : Lexicons.rows("lexicon/place-cues.tsv", 5)) {
            cues.computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], row[2]);
            if (row[4].equals("yes")) {
                (row[3].equals("before") ? cuesAfterName : namingCues)
                        .computeIfAbsent(row[0], k -> new PhraseLexicon<>()).add(row[1], row[2]);
            }
        }
        for (String[] row : Lexicons.rows("lexicon/place-name-parts.tsv", 3)) {
            nameParts.computeIfAbsent(row[1], k -> new HashSet<>()).add(TextNormalizer.normalize(row[2]));
        }
        for (String[] row : Lexicons.rows("lexicon/actors.tsv", 4)) {
            for (String language : LanguageIdentifier.languagesOf(row[2])) {
                actorNames.computeIfAbsent(language, k -> new PhraseLexicon<>()).add(row[3], Boolean.TRUE);
            }
        }
    }

    /** Whether an actor's name (an alias of lexicon/actors.tsv) begins at token {@code k}. */
    boolean actorNameAt(Passage p, int k) {
        PhraseLexicon<Boolean> names = actorNames.get(p.language());
        return names != null && !names.startingAt(p.tokens(), k, Math.min(p.to(), k + MAX_ACTOR_WORDS)).isEmpty();
    }

    Set<String> stopwords(String language) {
        return stopwords.getOrDefault(language, Set.of());
    }

    /** Whether a name (a gazetteer key, or a word in matching form) is a continent or world region. */
    boolean isWorldRegion(String language, String key) {
        return worldRegions.getOrDefault(language, Set.of()).contains(key);
    }

    PhraseLexicon<String> cues(String language) {
        return cues.getOrDefault(language, PhraseLexicon.none());
    }

    PhraseLexicon<String> namingCues(String language) {
        return namingCues.getOrDefault(language, PhraseLexicon.none());
    }

    /** Null for a language without such cues. */
    PhraseLexicon<String> cuesAfterName(String language) {
        return cuesAfterName.get(language);
    }

    boolean isFunctionWord(Token t) {
        return t.anyFormIn(functionWords);
    }

    boolean isCalendarWord(String norm) {
        return calendarWords.contains(norm);
    }

    boolean isOwnWord(String language, String norm) {
        return ownWords.contains(language, norm);
    }

    /** Whether some form of the word ("ومناطق" → "مناطق") is one of the engine's own ordinary words. */
    boolean isOwnWordInAnyForm(String language, Token t) {
        return t.anyFormIn(ownWords.of(language));
    }

    /** A word of lexicon/place-name-parts.tsv of that kind (starter, suffix, linker, glued-linker, connector). */
    boolean isNamePart(String kind, String norm) {
        return nameParts.getOrDefault(kind, Set.of()).contains(norm);
    }

    /** Whether the word ends in, and is longer than, an ending of lexicon/place-name-parts.tsv of that kind (feminine-ending, nisba-ending). */
    boolean endsWithNamePart(String kind, String norm) {
        for (String ending : nameParts.getOrDefault(kind, Set.of())) {
            if (norm.length() > ending.length() && norm.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "بالغوطة" → "الغوطة": the definite name after a glued linker, or null when the word is not so built. */
    String afterGluedLinker(String norm) {
        for (String linker : nameParts.getOrDefault("glued-linker", Set.of())) {
            if (norm.startsWith(linker) && ArabicProclitics.table().writtenWithArticle(norm.substring(linker.length()))) {
                return norm.substring(linker.length());
            }
        }
        return null;
    }
}
