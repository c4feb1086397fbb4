package dev.articleevents.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Places by matching key. Loaded once from the packaged index; without it (a build without the gazetteer
 * data) only countries are known, with names in English, French and Arabic from the Java runtime's own
 * locale data and no coordinates — {@link #complete()} tells which.
 */
public final class Gazetteer {
    private final Map<String, List<Place>> byKey;
    private final java.util.Set<String> primaryKeys;
    private final Map<String, Place> countries;
    private final boolean complete;
    private final int maxKeyWords;
    private final java.util.Set<String> startsOfKeys;

    private Gazetteer(Map<String, List<Place>> byKey, java.util.Set<String> primaryKeys, Map<String, Place> countries, boolean complete) {
        addCountryAliases(byKey, primaryKeys, countries);
        this.byKey = byKey;
        this.primaryKeys = primaryKeys;
        this.countries = countries;
        this.complete = complete;
        this.maxKeyWords = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.startsOfKeys = new java.util.HashSet<>(byKey.size() * 2);
        for (String key : byKey.keySet()) {
            for (int at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
                startsOfKeys.add(key.substring(0, at));
            }
            startsOfKeys.add(key);
        }
    }

    /**
     * Whether some key is, or begins with, these words: the place matcher stops extending a candidate as soon
     * as no key can begin with it, instead of trying every length on every word.
     */
    public boolean startsSomeKey(String words) {
        return startsOfKeys.contains(words);
    }

    public static Gazetteer load() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(PlaceIndexFormat.RESOURCE);
        if (in == null) {
            return countriesOnly();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable place index " + PlaceIndexFormat.RESOURCE, e);
        }
    }

    static Gazetteer read(BufferedReader r) throws IOException {
        Map<String, List<Place>> byKey = new HashMap<>(200_000);
        Map<String, Place> countries = new HashMap<>();
        java.util.Set<String> primary = new java.util.HashSet<>();
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
        return new Gazetteer(byKey, primary, countries, true);
    }

    static Gazetteer countriesOnly() {
        Map<String, List<Place>> byKey = new HashMap<>();
        Map<String, Place> countries = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar")};
        for (String cc : Locale.getISOCountries()) {
            Locale region = new Locale("", cc);
            Place p = new Place(0, region.getDisplayCountry(Locale.ENGLISH), cc, null, new Place.Point(null, null),
                    new Place.Feature("country", "PCL"), 0);
            countries.put(cc, p);
            for (Locale language : languages) {
                String key = PlaceIndexFormat.key(region.getDisplayCountry(language));
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
                }
            }
        }
        return new Gazetteer(byKey, new java.util.HashSet<>(byKey.keySet()), countries, false);
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
        return primaryKeys.contains(key);
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    public List<Place> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    public Place country(String cc) {
        return countries.get(cc);
    }

    /** Whether the full place index is present (false: countries only). */
    public boolean complete() {
        return complete;
    }

    public int maxKeyWords() {
        return Math.min(maxKeyWords, 5);
    }
}
