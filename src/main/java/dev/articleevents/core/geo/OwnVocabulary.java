package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.resource.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the engine's own lexicons — event words, casualty words, force nouns, cue words, place words
 * ("المدينة", "الحي", "السجن", "police", "tir") — which the gazetteer also holds as some town's name somewhere (Al
 * Madīnah, Police in Poland, Tyre). A word the engine reads as an ordinary word elsewhere is an ordinary word
 * for the place scorer too (the ordinary-word feature), whatever town shares it. Which lexicons those are is the
 * registry's to say ({@link Lexicons#ownVocabulary()}).
 */
final class OwnVocabulary {
    /** Each language's phrases as read; tokenised into words on the language's first use, as the phrase lexicons are. */
    private final Map<String, List<String>> phrases = new HashMap<>();
    private final Map<String, Set<String>> byLanguage = new ConcurrentHashMap<>();

    OwnVocabulary() {
        for (Lexicons.PhraseColumn lexicon : Lexicons.ownVocabulary()) {
            int column = lexicon.column();
            for (String[] row : Lexicons.rows(lexicon.resource(), column + 1)) {
                phrases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[column]);
            }
        }
    }

    private Set<String> words(String language) {
        Set<String> words = new HashSet<>();
        for (String phrase : phrases.getOrDefault(language, List.of())) {
            for (Token t : Tokenizer.tokenize(phrase)) {
                String w = t.norm();
                if (w.length() >= 3 && allLetters(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    // a loop, not codePoints().allMatch: this runs once per lexicon word at start-up, where a stream pipeline's
    // first use costs more than all the words
    private static boolean allLetters(String w) {
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    boolean contains(String language, String word) {
        return of(language).contains(word);
    }

    /** The words of one language (empty for a language without lexicons). */
    Set<String> of(String language) {
        if (language == null || !phrases.containsKey(language)) {
            return Set.of();
        }
        return byLanguage.computeIfAbsent(language, this::words);
    }
}
