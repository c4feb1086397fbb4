package dev.articleevents.core.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Values filed under word beginnings ("قصف*", "bomb*"), found for a word by walking its letters once. A word is
 * looked up for every token and every proclitic variant of it, so the walk allocates nothing: no map keyed by
 * boxed characters.
 */
final class PrefixTrie<T> {
    private final Node<T> root = new Node<>();
    private final Comparator<T> order;

    /** @param order the order in which the values of several beginnings of one word are given */
    PrefixTrie(Comparator<T> order) {
        this.order = order;
    }

    /**
     * Children in a small open-addressed table keyed by the letter itself (slot {@code letter & mask}, then the
     * next): Arabic letters are contiguous code points, so they rarely share a slot. 0 marks an empty slot.
     */
    private static final class Node<T> {
        private char[] letters = new char[2];
        @SuppressWarnings("unchecked")
        private Node<T>[] children = new Node[2];
        private int count;
        private List<T> values = List.of();

        Node<T> child(char c) {
            int mask = letters.length - 1;
            for (int i = c & mask; letters[i] != 0; i = (i + 1) & mask) {
                if (letters[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node<T> childOrNew(char c) {
            Node<T> found = child(c);
            if (found != null) {
                return found;
            }
            if (2 * (count + 1) > letters.length) {
                grow();
            }
            Node<T> made = new Node<>();
            put(c, made);
            count++;
            return made;
        }

        private void put(char c, Node<T> child) {
            int mask = letters.length - 1;
            int i = c & mask;
            while (letters[i] != 0) {
                i = (i + 1) & mask;
            }
            letters[i] = c;
            children[i] = child;
        }

        @SuppressWarnings("unchecked")
        private void grow() {
            char[] oldLetters = letters;
            Node<T>[] oldChildren = children;
            letters = new char[oldLetters.length * 2];
            children = new Node[oldLetters.length * 2];
            for (int i = 0; i < oldLetters.length; i++) {
                if (oldLetters[i] != 0) {
                    put(oldLetters[i], oldChildren[i]);
                }
            }
        }
    }

    void add(String prefix, T value) {
        Node<T> n = root;
        for (int i = 0; i < prefix.length(); i++) {
            n = n.childOrNew(prefix.charAt(i));
        }
        if (n.values.isEmpty()) {
            n.values = new ArrayList<>(2);
        }
        n.values.add(value);
    }

    /**
     * Every value filed under a beginning of the word (the whole word included), in the trie's order; no
     * allocation when at most one beginning carries values.
     */
    List<T> valuesForPrefixesOf(String word) {
        List<T> found = List.of();
        boolean merged = false;
        Node<T> n = root;
        for (int i = 0; i < word.length() && n != null; i++) {
            n = n.child(word.charAt(i));
            if (n == null || n.values.isEmpty()) {
                continue;
            }
            if (found.isEmpty()) {
                found = n.values;
            } else {
                if (!merged) {
                    found = new ArrayList<>(found);
                    merged = true;
                }
                found.addAll(n.values);
            }
        }
        if (merged) {
            found.sort(order);
        }
        return found;
    }
}
