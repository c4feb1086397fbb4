package dev.articleevents.core.geo;

import java.util.List;

/**
 * Many strings in one {@code char[]} with their start offsets: the place table's keys and names, read in one
 * piece and compared in place, so that loading makes no object per string and a look-up none per probe.
 */
final class CharTable {
    private final char[] chars;
    /** Where each string starts; one more than there are strings, the last being the end of the last string. */
    private final int[] starts;

    CharTable(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
    }

    static CharTable of(List<String> strings) {
        int[] starts = new int[strings.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < strings.size(); i++) {
            starts[i] = all.length();
            all.append(strings.get(i));
        }
        starts[strings.size()] = all.length();
        char[] chars = new char[all.length()];
        all.getChars(0, all.length(), chars, 0);
        return new CharTable(chars, starts);
    }

    int size() {
        return starts.length - 1;
    }

    String get(int i) {
        return new String(chars, starts[i], starts[i + 1] - starts[i]);
    }

    /** The same value as {@code get(i).hashCode()}, without making the string. */
    int hash(int i) {
        int h = 0;
        for (int k = starts[i]; k < starts[i + 1]; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    boolean equalsAt(int i, String s) {
        int from = starts[i];
        if (starts[i + 1] - from != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (chars[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    char[] chars() {
        return chars;
    }

    int[] starts() {
        return starts;
    }
}
