package dev.articleevents.core.extract;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.lexicon.PhraseLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Aliases of named things (actors, sources) for one language: the lexicon rows of that language and of
 * "any". Short all-capital aliases (AP, IS, EI) only match the same capitals in the text, so "ap" or "is"
 * in running text are not names.
 */
final class NamedEntityLexicon<T> {
    private final PhraseLexicon<T> lexicon = new PhraseLexicon<>();

    void add(String alias, T value) {
        lexicon.add(alias, value);
    }

    record Hit<T>(int start, int end, T value, String surface) {
    }

    List<Hit<T>> find(String text, List<Token> tokens, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        for (PhraseLexicon.Match<T> m : lexicon.findLongest(tokens, from, to)) {
            String surface = text.substring(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end());
            String pattern = m.pattern().strip();
            boolean acronym = pattern.length() <= 5 && pattern.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                    && pattern.chars().anyMatch(Character::isLetter);
            if (acronym && !surface.equals(pattern)) {
                continue;
            }
            out.add(new Hit<>(m.start(), m.end(), m.value(), surface));
        }
        return out;
    }
}
