package dev.articleevents.core.geo;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The place index in the form the engine reads at start-up ({@value #RESOURCE}): made at build time from the
 * place index rows, loaded with one read of the resource and bulk copies into arrays, no line split and no
 * object per place or key until a look-up needs it. Places and their lists are then made once and kept, so
 * that every look-up of a key returns the same objects.
 */
final class PlaceTable {
    static final String RESOURCE = "geo/places.bin";
    private static final int MAGIC = 0x41455054; // "AEPT"
    private static final int VERSION = 1;

    private final CharTable pool;
    private final PlaceColumns columns;
    private final KeyIndex keys;
    private final int maxKeyWords;
    private final Map<String, Integer> countries = new HashMap<>();
    private final AtomicReferenceArray<Place> madePlaces;
    private final AtomicReferenceArray<List<Place>> madeLists;

    private PlaceTable(CharTable pool, PlaceColumns columns, KeyIndex keys, int maxKeyWords, int[] countryPlaces) {
        this.pool = pool;
        this.columns = columns;
        this.keys = keys;
        this.maxKeyWords = maxKeyWords;
        for (int place : countryPlaces) {
            countries.put(pool.get(columns.countryRef(place)), place);
        }
        this.madePlaces = new AtomicReferenceArray<>(columns.size());
        this.madeLists = new AtomicReferenceArray<>(keys.size());
    }

    /**
     * @param places  every place, in index order
     * @param byKey   each key's places, in their order (the same objects as in {@code places})
     * @param primary the keys that are some place's own name
     * @param countries the country of each code
     */
    static PlaceTable of(List<Place> places, Map<String, List<Place>> byKey, Set<String> primary, Map<String, Place> countries) {
        Map<Place, Integer> index = new IdentityHashMap<>();
        for (Place p : places) {
            index.put(p, index.size());
        }
        Map<String, Integer> refs = new LinkedHashMap<>();
        PlaceColumns columns = PlaceColumns.of(places, s -> refs.computeIfAbsent(s, k -> refs.size()));
        Map<String, List<Integer>> keyPlaces = new HashMap<>();
        int maxWords = 1;
        for (Map.Entry<String, List<Place>> e : byKey.entrySet()) {
            keyPlaces.put(e.getKey(), e.getValue().stream().map(index::get).toList());
            maxWords = Math.max(maxWords, e.getKey().split(" ").length);
        }
        int[] countryPlaces = countries.values().stream().mapToInt(index::get).sorted().toArray();
        return new PlaceTable(CharTable.of(List.copyOf(refs.keySet())), columns, KeyIndex.of(keyPlaces, primary), maxWords, countryPlaces);
    }

    static PlaceTable read(InputStream in) throws IOException {
        TableInput b = new TableInput(in);
        if (b.getInt() != MAGIC || b.getInt() != VERSION) {
            throw new IOException("not a place table of version " + VERSION + " (rebuild the project)");
        }
        b.skip(Short.toUnsignedInt(b.getShort())); // the attribution line
        int maxKeyWords = b.getInt();
        CharTable pool = new CharTable(BinaryArrays.chars(b), BinaryArrays.starts(b));
        PlaceColumns columns = PlaceColumns.read(b);
        int[] countryPlaces = BinaryArrays.ints(b);
        return new PlaceTable(pool, columns, KeyIndex.read(b), maxKeyWords, countryPlaces);
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            o.writeUTF(PlaceIndexWriter.ATTRIBUTION);
            o.writeInt(maxKeyWords);
            BinaryArrays.write(o, pool.chars());
            BinaryArrays.writeStarts(o, pool.starts());
            columns.write(o);
            BinaryArrays.write(o, countries.values().stream().mapToInt(Integer::intValue).sorted().toArray());
            keys.write(o);
        }
    }

    /** The places a key names, in the index's order; empty when it names none. */
    List<Place> lookup(String key) {
        int e = keys.find(key);
        if (!keys.isKey(e)) {
            return List.of();
        }
        List<Place> made = madeLists.get(e);
        if (made == null) {
            List<Place> list = new ArrayList<>(keys.placeCount(e));
            for (int k = 0; k < keys.placeCount(e); k++) {
                list.add(place(keys.place(e, k)));
            }
            madeLists.compareAndSet(e, null, Collections.unmodifiableList(list));
            made = madeLists.get(e);
        }
        return made;
    }

    boolean startsSomeKey(String words) {
        return keys.find(words) >= 0;
    }

    boolean isPrimaryKey(String key) {
        return keys.isPrimary(keys.find(key));
    }

    Place country(String cc) {
        Integer place = countries.get(cc);
        return place == null ? null : place(place);
    }

    int maxKeyWords() {
        return maxKeyWords;
    }

    private Place place(int i) {
        Place p = madePlaces.get(i);
        if (p == null) {
            madePlaces.compareAndSet(i, null, columns.place(i, pool));
            p = madePlaces.get(i);
        }
        return p;
    }
}
