package dev.articleevents.core.lexicon;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrefixTrieTest {
    @Test
    void valuesOfEveryBeginningOfTheWordInTheGivenOrder() {
        PrefixTrie<Integer> trie = new PrefixTrie<Integer>(Comparator.<Integer>naturalOrder());
        trie.add("abc", 1);
        trie.add("ab", 3);
        trie.add("ab", 2);
        trie.add("abd", 4);
        assertEquals(List.of(1, 2, 3), trie.valuesForPrefixesOf("abcdef"));
        assertEquals(List.of(3, 2), trie.valuesForPrefixesOf("ab"));
        assertEquals(List.of(), trie.valuesForPrefixesOf("a"));
        assertEquals(List.of(), trie.valuesForPrefixesOf("xyz"));
    }

    @Test
    void aNodeWithManyLettersFindsEachChild() {
        // the children table grows past its first size and letters that share a slot still resolve
        PrefixTrie<String> trie = new PrefixTrie<String>(Comparator.<String>naturalOrder());
        for (char c = 'ء'; c <= 'ي'; c++) {
            trie.add("" + c + c, "" + c);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            trie.add("" + c + c, "" + c);
        }
        for (char c = 'ء'; c <= 'ي'; c++) {
            assertEquals(List.of("" + c), trie.valuesForPrefixesOf("" + c + c + "tail"));
        }
        for (char c = 'a'; c <= 'z'; c++) {
            assertEquals(List.of("" + c), trie.valuesForPrefixesOf("" + c + c));
        }
        assertEquals(List.of(), trie.valuesForPrefixesOf("ab"));
    }
}
