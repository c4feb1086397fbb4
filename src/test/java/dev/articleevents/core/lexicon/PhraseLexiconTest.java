package dev.articleevents.core.lexicon;

import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhraseLexiconTest {
    private static List<String> found(PhraseLexicon<String> lexicon, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return lexicon.findAll(tokens, 0, tokens.size()).stream().map(m -> m.value() + "@" + m.start() + "-" + m.end()).toList();
    }

    @Test
    void wordsPrefixesAndWildcardsMatch() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        lexicon.add("car bomb", "exact");
        lexicon.add("bomb*", "prefix");
        lexicon.add("killed _ people", "wildcard");
        assertEquals(List.of("exact@1-3", "prefix@2-3", "prefix@4-5", "wildcard@6-9"),
                found(lexicon, "a car bomb and bombings then killed many people"));
    }

    @Test
    void anArabicWordMatchesThroughItsProcliticFreeForms() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        lexicon.add("بنغازي", "city");
        lexicon.add("قصف*", "shelling");
        assertEquals(List.of("city@0-1", "shelling@1-2"), found(lexicon, "وبنغازي والقصفات"));
    }

    @Test
    void patternsOfSeveralBeginningsOfOneWordKeepTheFilesOrder() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        lexicon.add("bombard*", "second-longer");
        lexicon.add("bo*", "shortest");
        lexicon.add("bomb*", "third");
        List<Token> tokens = Tokenizer.tokenize("bombardment");
        assertEquals(List.of("second-longer", "shortest", "third"),
                lexicon.findAll(tokens, 0, 1).stream().map(PhraseLexicon.Match::value).toList());
        // findLongest: equal lengths, so the first in the file's order
        assertEquals("second-longer", lexicon.findLongest(tokens, 0, 1).get(0).value());
    }

    @Test
    void theLongestMatchWinsAndMatchesDoNotOverlap() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        lexicon.add("air", "air");
        lexicon.add("air strike", "air strike");
        lexicon.add("strike", "strike");
        List<Token> tokens = Tokenizer.tokenize("an air strike and a strike");
        assertEquals(List.of("air strike", "strike"),
                lexicon.findLongest(tokens, 0, tokens.size()).stream().map(PhraseLexicon.Match::value).toList());
    }

    @Test
    void everyOneOfManyFirstWordsIsFoundAndOthersAreNot() {
        // more words than the first-word filter has bits: the filter may only let extra words through, never hold one back
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        StringBuilder listed = new StringBuilder();
        StringBuilder unlisted = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lexicon.add("w" + i + "x", "v" + i);
            listed.append("w").append(i).append("x ");
            unlisted.append("u").append(i).append("x ");
        }
        List<Token> tokens = Tokenizer.tokenize(listed.toString());
        assertEquals(20_000, lexicon.findAll(tokens, 0, tokens.size()).size());
        List<Token> others = Tokenizer.tokenize(unlisted.toString());
        assertEquals(0, lexicon.findAll(others, 0, others.size()).size());
    }

    @Test
    void aOneLetterBeginningIsRefused() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lexicon.add("b* attack", "x"));
        assertEquals("a word beginning needs two letters or more: b* attack", e.getMessage());
    }

    @Test
    void phrasesAreReadAtFirstUseAndNoneMayFollowIt() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        lexicon.add("car bomb", "exact");
        lexicon.add("bomb*", "prefix");
        assertEquals(2, lexicon.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lexicon.add("airstrike", "late"));
        assertEquals("a lexicon takes no phrase after its first use: airstrike", e.getMessage());
        assertEquals(List.of("exact@1-3", "prefix@2-3"), found(lexicon, "a car bomb"));
    }

    @Test
    void threadsUsingAFreshLexiconAtOnceFindTheSame() throws Exception {
        // the first use compiles the phrases: threads racing for it must all see the whole lexicon
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lexicon.add("w" + i + "x bomb*", "v" + i);
            text.append("w").append(i).append("x bombs ");
        }
        List<Token> tokens = Tokenizer.tokenize(text.toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                counts.add(pool.submit(() -> {
                    start.await();
                    return lexicon.findAll(tokens, 0, tokens.size()).size();
                }));
            }
            start.countDown();
            for (Future<Integer> count : counts) {
                assertEquals(5_000, count.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPhraseIsSplitIntoWordsAtWhiteSpace() {
        assertEquals(List.of("car", "bomb*", "_"), PhraseLexicon.wordsOf("  car \t bomb*  _ "));
        assertEquals(List.of("قرية"), PhraseLexicon.wordsOf("قرية"));
        assertEquals(List.of(""), PhraseLexicon.wordsOf("   "));
    }

    @Test
    void theSharedLexiconOfNoPhrasesFindsNothingAndTakesNothing() {
        List<Token> tokens = Tokenizer.tokenize("an airstrike killed five");
        PhraseLexicon<String> none = PhraseLexicon.none();
        assertEquals(0, none.findLongest(tokens, 0, tokens.size()).size());
        assertEquals(0, none.size());
        assertThrows(UnsupportedOperationException.class, () -> none.add("airstrike", "x"));
        assertEquals(0, PhraseLexicon.<Integer>none().findLongest(tokens, 0, tokens.size()).size(), "one instance for every value type");
    }
}
