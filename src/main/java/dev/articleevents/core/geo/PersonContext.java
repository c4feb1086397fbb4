package dev.articleevents.core.geo;

import dev.articleevents.core.language.ArabicProclitics;
import dev.articleevents.core.language.TextNormalizer;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.resource.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Signs that a name belongs to a person or a people (lexicon/person-context.tsv): a title before it, a demonym's ending. */
final class PersonContext {
    private final Map<String, Set<String>> titles = new HashMap<>();
    private final Map<String, List<String>> demonymEndings = new HashMap<>();

    PersonContext() {
        for (String[] row : TsvResource.rows("lexicon/person-context.tsv", 3)) {
            if (row[1].equals("title")) {
                titles.computeIfAbsent(row[0], k -> new HashSet<>()).add(TextNormalizer.normalize(row[2]));
            } else {
                demonymEndings.computeIfAbsent(row[0], k -> new ArrayList<>()).add(TextNormalizer.normalize(row[2]));
            }
        }
    }

    /**
     * "الرئيس عون", "President Jordan": the word right before the name, one space away, is a person's title
     * ("PORT-AU-PRINCE, Haiti" is a dateline: the comma parts them).
     */
    boolean titleBefore(List<Token> tokens, int start, String language) {
        if (start == 0 || tokens.get(start).start() - tokens.get(start - 1).end() != 1) {
            return false;
        }
        return tokens.get(start - 1).anyFormIn(titles.getOrDefault(language, Set.of()));
    }

    /**
     * "Lebanese", "libyenne", "السوري": a one-word name with a demonym's ending. In Arabic only a word with the
     * article counts (a bare word ending in ي is as often a town: دبي).
     */
    boolean demonymShape(List<Token> tokens, int start, int end, String language) {
        if (end - start != 1) {
            return false;
        }
        String w = tokens.get(start).norm();
        if ("ar".equals(language) && ArabicProclitics.table().withoutArticle(w) == null) {
            return false;
        }
        for (String ending : demonymEndings.getOrDefault(language, List.of())) {
            if (w.length() > ending.length() + 3 && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
