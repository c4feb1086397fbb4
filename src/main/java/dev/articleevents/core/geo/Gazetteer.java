package dev.articleevents.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Places by matching key. Loaded once from the packaged prepared table; without it (a build without the gazetteer
 * data) only countries are known, with names in English, French and Arabic from the Java runtime's own
 * locale data and no coordinates — {@link #complete()} tells which.
 */
public final class Gazetteer {
    private final PlaceTable table;
    private final boolean complete;

    private Gazetteer(PlaceTable table, boolean complete) {
        this.table = table;
        this.complete = complete;
    }

    /** From parsed places: the country aliases added, then compacted as the engine reads it. */
    private static Gazetteer of(List<Place> places, Map<String, List<Place>> byKey, java.util.Set<String> primaryKeys,
                                Map<String, Place> countries, boolean complete) {
        addCountryAliases(byKey, primaryKeys, countries);
        return new Gazetteer(PlaceTable.of(places, byKey, primaryKeys, countries), complete);
    }

    /**
     * Whether some key is, or begins with, these words: the place matcher stops extending a candidate as soon
     * as no key can begin with it, instead of trying every length on every word.
     */
    public boolean startsSomeKey(String words) {
        return table.startsSomeKey(words);
    }

    /** The packaged prepared table ({@link PlaceTable#RESOURCE}); countries only when the build had no place data. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(PlaceTable.RESOURCE)) {
            return in == null ? countriesOnly() : readPrepared(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable place table " + PlaceTable.RESOURCE, e);
        }
    }

    /** Reads a prepared table (as the build writes it with {@link #writePrepared}). */
    static Gazetteer readPrepared(InputStream in) throws IOException {
        return new Gazetteer(PlaceTable.read(in), true);
    }

    /** Reads the place index rows ({@link PlaceIndexFormat}), the build's step before the prepared table. */
    static Gazetteer read(Path index) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(index), 1 << 16),
                StandardCharsets.UTF_8))) {
            return read(r);
        }
    }

    /** Writes the prepared table the engine loads. */
    void writePrepared(Path out) throws IOException {
        table.write(out);
    }

    static Gazetteer read(BufferedReader r) throws IOException {
        Map<String, List<Place>> byKey = new HashMap<>(200_000);
        Map<String, Place> countries = new HashMap<>();
        java.util.Set<String> primary = new java.util.HashSet<>();
        List<Place> places = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < PlaceIndexFormat.COLUMNS) {
                continue;
            }
            Place p = new Place(Long.parseLong(c[0]), c[1], c[2], c[3].isEmpty() ? null : c[3], new Place.Point(number(c[4]), number(c[5])),
                    new Place.Feature(c[6], c[7]), c[8].isEmpty() ? 0 : Long.parseLong(c[8]));
            places.add(p);
            String[] keys = c[9].split("\\|");
            int primaryCount = Integer.parseInt(c[10]);
            for (int k = 0; k < keys.length; k++) {
                byKey.computeIfAbsent(keys[k], x -> new ArrayList<>(1)).add(p);
                if (k < primaryCount) {
                    primary.add(keys[k]);
                }
            }
            if (p.isCountry()) {
                countries.put(p.country(), p);
            }
        }
        return of(places, byKey, primary, countries, true);
    }

    static Gazetteer countriesOnly() {
        Map<String, List<Place>> byKey = new HashMap<>();
        Map<String, Place> countries = new HashMap<>();
        List<Place> places = new ArrayList<>();
        Locale[] languages = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar")};
        for (String cc : Locale.getISOCountries()) {
            Locale region = new Locale("", cc);
            Place p = new Place(0, region.getDisplayCountry(Locale.ENGLISH), cc, null, new Place.Point(null, null),
                    new Place.Feature("country", "PCL"), 0);
            countries.put(cc, p);
            places.add(p);
            for (Locale language : languages) {
                String key = PlaceIndexFormat.key(region.getDisplayCountry(language));
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
                }
            }
        }
        return of(places, byKey, new java.util.HashSet<>(byKey.keySet()), countries, false);
    }

    /** Names of countries the place data lacks (lexicon/country-aliases.tsv): "بريطانيا", "الاتحاد الروسي". */
    private static void addCountryAliases(Map<String, List<Place>> byKey, java.util.Set<String> primaryKeys, Map<String, Place> countries) {
        for (String[] row : dev.articleevents.core.resource.TsvResource.rows("lexicon/country-aliases.tsv", 3)) {
            Place country = countries.get(row[0]);
            String key = PlaceIndexFormat.key(row[2]);
            if (country == null || key.isEmpty()) {
                continue;
            }
            List<Place> places = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!places.contains(country)) {
                places.add(country);
            }
            primaryKeys.add(key);
        }
    }

    /** Whether the key is some place's own (English, Arabic or country) name rather than an alternate name. */
    public boolean isPrimaryKey(String key) {
        return table.isPrimaryKey(key);
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** The places a key names, in the index's order (the same list each time); empty when none. */
    public List<Place> lookup(String key) {
        return table.lookup(key);
    }

    public Place country(String cc) {
        return table.country(cc);
    }

    /** Whether the full place index is present (false: countries only). */
    public boolean complete() {
        return complete;
    }

    public int maxKeyWords() {
        return Math.min(table.maxKeyWords(), 5);
    }
}
