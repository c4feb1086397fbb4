package dev.articleevents.core.geo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The place keys and every word-aligned beginning of one ("ras" of "ras lanuf"), each an entry with its places
 * (none for a beginning only): the matcher asks for each growing run of words whether some key begins so, then
 * which places it names. Entries are found through an open-addressed table of their string hashes, built at
 * load (it is only arrays of ints: cheaper to rebuild than to ship).
 */
final class KeyIndex {
    private static final byte KEY = 1;
    private static final byte PRIMARY = 2;

    private final CharTable entries;
    private final byte[] flags;
    /** The places of entry e are postings[postingStarts[e] .. postingStarts[e + 1]). */
    private final int[] postingStarts;
    private final int[] postings;
    private final int[] hashes;
    /** entry + 1 per slot, 0 for an empty slot. */
    private final int[] slots;

    private KeyIndex(CharTable entries, byte[] flags, int[] postingStarts, int[] postings) {
        this.entries = entries;
        this.flags = flags;
        this.postingStarts = postingStarts;
        this.postings = postings;
        int n = entries.size();
        this.hashes = new int[n];
        this.slots = new int[Integer.highestOneBit(Math.max(4, n * 2)) * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < n; e++) {
            int h = entries.hash(e);
            hashes[e] = h;
            int s = spread(h) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
        }
    }

    /** @param byKey each key's places, as indexes into the table's places, in their order */
    static KeyIndex of(Map<String, List<Integer>> byKey, Set<String> primary) {
        TreeSet<String> all = new TreeSet<>(byKey.keySet());
        for (String key : byKey.keySet()) {
            for (int at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
                all.add(key.substring(0, at));
            }
        }
        List<String> names = List.copyOf(all);
        byte[] flags = new byte[names.size()];
        int[] starts = new int[names.size() + 1];
        int[] postings = new int[byKey.values().stream().mapToInt(List::size).sum()];
        int p = 0;
        for (int e = 0; e < names.size(); e++) {
            starts[e] = p;
            List<Integer> places = byKey.get(names.get(e));
            if (places != null) {
                flags[e] = (byte) (KEY | (primary.contains(names.get(e)) ? PRIMARY : 0));
                for (int place : places) {
                    postings[p++] = place;
                }
            }
        }
        starts[names.size()] = p;
        return new KeyIndex(CharTable.of(names), flags, starts, postings);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entry of these words, or -1. */
    int find(String words) {
        int h = words.hashCode();
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (hashes[e] == h && entries.equalsAt(e, words)) {
                return e;
            }
        }
        return -1;
    }

    int size() {
        return entries.size();
    }

    boolean isKey(int entry) {
        return entry >= 0 && (flags[entry] & KEY) != 0;
    }

    boolean isPrimary(int entry) {
        return entry >= 0 && (flags[entry] & PRIMARY) != 0;
    }

    int placeCount(int entry) {
        return postingStarts[entry + 1] - postingStarts[entry];
    }

    int place(int entry, int k) {
        return postings[postingStarts[entry] + k];
    }

    void write(DataOutputStream out) throws IOException {
        BinaryArrays.write(out, entries.chars());
        BinaryArrays.writeStarts(out, entries.starts());
        BinaryArrays.write(out, flags);
        BinaryArrays.writeStarts(out, postingStarts);
        BinaryArrays.write(out, postings);
    }

    static KeyIndex read(TableInput in) throws IOException {
        CharTable entries = new CharTable(BinaryArrays.chars(in), BinaryArrays.starts(in));
        return new KeyIndex(entries, BinaryArrays.bytes(in), BinaryArrays.starts(in), BinaryArrays.ints(in));
    }
}
