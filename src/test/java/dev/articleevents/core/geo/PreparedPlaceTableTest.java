package dev.articleevents.core.geo;

import dev.articleevents.core.resource.TsvResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged prepared table answers as the index rows it was made from say, read here by a parse of its own:
 * every key's places in order, every beginning of a key, which keys are own names, the countries and the
 * country aliases. Needs the gazetteer data (the build writes the rows beside the classes).
 */
class PreparedPlaceTableTest {
    private record Rows(Map<String, List<Long>> byKey, Set<String> primary, Map<String, Long> countries, int maxWords) {
    }

    private static Rows parse(Path file) throws Exception {
        Map<String, List<Long>> byKey = new HashMap<>();
        Set<String> primary = new HashSet<>();
        Map<String, Long> countries = new HashMap<>();
        int maxWords = 1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                String[] keys = c[9].split("\\|");
                for (int k = 0; k < keys.length; k++) {
                    byKey.computeIfAbsent(keys[k], x -> new ArrayList<>()).add(Long.parseLong(c[0]));
                    maxWords = Math.max(maxWords, keys[k].split(" ").length);
                    if (k < Integer.parseInt(c[10])) {
                        primary.add(keys[k]);
                    }
                }
                if (c[6].equals("country")) {
                    countries.put(c[2], Long.parseLong(c[0]));
                }
            }
        }
        return new Rows(byKey, primary, countries, maxWords);
    }

    @Test
    void thePackagedTableAnswersAsItsRows() throws Exception {
        Path rowsFile = Path.of(System.getProperty("place.rows", "target/gazetteer/places.tsv.gz"));
        Assumptions.assumeTrue(Files.exists(rowsFile), "no gazetteer data in this build: " + rowsFile);
        Rows rows = parse(rowsFile);
        Gazetteer g = Gazetteer.load();
        assertTrue(g.complete());
        Set<String> aliasKeys = new HashSet<>();
        for (String[] alias : TsvResource.rows("lexicon/country-aliases.tsv", 3)) {
            String key = PlaceIndexFormat.key(alias[2]);
            aliasKeys.add(key);
            if (rows.countries().containsKey(alias[0])) {
                assertTrue(g.lookup(key).contains(g.country(alias[0])), "alias " + alias[2]);
                assertTrue(g.isPrimaryKey(key), "alias " + alias[2]);
            }
        }
        int beginnings = 0;
        for (Map.Entry<String, List<Long>> e : rows.byKey().entrySet()) {
            String key = e.getKey();
            List<Long> ids = g.lookup(key).stream().map(Place::geonameId).toList();
            if (aliasKeys.contains(key)) {
                assertEquals(e.getValue(), ids.subList(0, e.getValue().size()), key);
            } else {
                assertEquals(e.getValue(), ids, key);
            }
            assertEquals(rows.primary().contains(key) || aliasKeys.contains(key), g.isPrimaryKey(key), key);
            assertTrue(g.startsSomeKey(key), key);
            for (int at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
                assertTrue(g.startsSomeKey(key.substring(0, at)), key);
                beginnings++;
            }
        }
        assertTrue(beginnings > 1000, "multi-word keys were checked: " + beginnings);
        rows.countries().forEach((cc, id) -> assertEquals(id, g.country(cc).geonameId(), cc));
        assertEquals(Math.min(rows.maxWords(), 5), g.maxKeyWords());
        assertTrue(g.lookup("no such place anywhere").isEmpty());
        assertTrue(!g.startsSomeKey("no such"));
        assertTrue(g.lookup("بنغازي") == g.lookup("بنغازي"), "the same list each time");
    }
}
