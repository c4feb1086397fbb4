package dev.articleevents.core.geo;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.resource.TsvResource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of the engine's own lexicons — event words, casualty words, force nouns, cue words, place words
 * ("المدينة", "الحي", "السجن", "police", "tir") — which the gazetteer also holds as some town's name somewhere (Al
 * Madīnah, Police in Poland, Tyre). A word the engine reads as an ordinary word elsewhere is an ordinary word
 * for the place scorer too (the ordinary-word feature), whatever town shares it.
 */
final class OwnVocabulary {
    /** Each lexicon and the column holding its phrases (0-based; the first column is the language). */
    private static final Map<String, Integer> PHRASE_COLUMN = Map.ofEntries(
            Map.entry("lexicon/triggers.tsv", 1), Map.entry("lexicon/casualties.tsv", 2),
            Map.entry("lexicon/casualty-causes.tsv", 1), Map.entry("lexicon/casualty-modifiers.tsv", 1),
            Map.entry("lexicon/civilian-words.tsv", 1), Map.entry("lexicon/force-nouns.tsv", 1),
            Map.entry("lexicon/non-event-cues.tsv", 1), Map.entry("lexicon/event-context-cues.tsv", 1),
            Map.entry("lexicon/reporting-verbs.tsv", 1), Map.entry("lexicon/event-anaphors.tsv", 2),
            Map.entry("lexicon/trigger-blockers.tsv", 1), Map.entry("lexicon/place-cues.tsv", 1),
            Map.entry("lexicon/role-cues.tsv", 1));
    private final Map<String, Set<String>> byLanguage = new HashMap<>();

    OwnVocabulary() {
        PHRASE_COLUMN.forEach((resource, column) -> {
            for (String[] row : TsvResource.rows(resource, column + 1)) {
                Set<String> words = byLanguage.computeIfAbsent(row[0], k -> new HashSet<>());
                for (Token t : Tokenizer.tokenize(row[column])) {
                    String w = t.norm();
                    if (w.length() >= 3 && w.codePoints().allMatch(Character::isLetter)) {
                        words.add(w);
                    }
                }
            }
        });
    }

    boolean contains(String language, String word) {
        return byLanguage.getOrDefault(language, Set.of()).contains(word);
    }
}
