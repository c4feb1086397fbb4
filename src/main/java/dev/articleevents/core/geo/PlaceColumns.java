package dev.articleevents.core.geo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The places of the prepared table, one array per field; strings are indexes into the table's string pool
 * (-1: none), a missing coordinate is NaN. A {@link Place} is made from its row only when a look-up returns it.
 */
final class PlaceColumns {
    private final long[] ids;
    private final long[] populations;
    private final double[] lats;
    private final double[] lons;
    /** name, country, admin1, kind, feature code: five string references per place, row after row. */
    private final int[] strings;

    private static final int STRINGS_PER_PLACE = 5;

    private PlaceColumns(long[] ids, long[] populations, double[] lats, double[] lons, int[] strings) {
        this.ids = ids;
        this.populations = populations;
        this.lats = lats;
        this.lons = lons;
        this.strings = strings;
    }

    /** @param ref the pool index of a string (a new one when first seen) */
    static PlaceColumns of(List<Place> places, ToIntFunction<String> ref) {
        int n = places.size();
        PlaceColumns c = new PlaceColumns(new long[n], new long[n], new double[n], new double[n], new int[n * STRINGS_PER_PLACE]);
        for (int i = 0; i < n; i++) {
            Place p = places.get(i);
            c.ids[i] = p.geonameId();
            c.populations[i] = p.population();
            c.lats[i] = p.lat() == null ? Double.NaN : p.lat();
            c.lons[i] = p.lon() == null ? Double.NaN : p.lon();
            String[] fields = {p.name(), p.country(), p.admin1(), p.kind(), p.featureCode()};
            for (int f = 0; f < STRINGS_PER_PLACE; f++) {
                c.strings[i * STRINGS_PER_PLACE + f] = fields[f] == null ? -1 : ref.applyAsInt(fields[f]);
            }
        }
        return c;
    }

    int size() {
        return ids.length;
    }

    Place place(int i, CharTable pool) {
        int s = i * STRINGS_PER_PLACE;
        return new Place(ids[i], text(pool, strings[s]), text(pool, strings[s + 1]), text(pool, strings[s + 2]),
                new Place.Point(number(lats[i]), number(lons[i])), new Place.Feature(text(pool, strings[s + 3]), text(pool, strings[s + 4])),
                populations[i]);
    }

    /** The pool index of the place's country code. */
    int countryRef(int i) {
        return strings[i * STRINGS_PER_PLACE + 1];
    }

    private static String text(CharTable pool, int ref) {
        return ref < 0 ? null : pool.get(ref);
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }

    void write(DataOutputStream out) throws IOException {
        BinaryArrays.write(out, ids);
        BinaryArrays.write(out, populations);
        BinaryArrays.writeCoordinates(out, lats);
        BinaryArrays.writeCoordinates(out, lons);
        BinaryArrays.write(out, strings);
    }

    static PlaceColumns read(TableInput in) throws IOException {
        return new PlaceColumns(BinaryArrays.longs(in), BinaryArrays.longs(in), BinaryArrays.coordinates(in),
                BinaryArrays.coordinates(in), BinaryArrays.ints(in));
    }
}
