package dev.articleevents.core.geo;

import dev.articleevents.core.resource.Lexicons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's prepared gazetteer ({@code gazetteer.tsv}, {@code countries.tsv} and the optional
 * {@code detail/gazetteer-detail.tsv}; GeoNames-derived with Arabic and French names; see its README) as index rows.
 */
final class SharedGazetteerReader {
    private SharedGazetteerReader() {
    }

    static List<IndexRow> read(Path dir) throws IOException {
        List<IndexRow> rows = new ArrayList<>();
        Map<String, Set<String>> countryAliases = new HashMap<>();
        for (String[] c : new TabFile(dir.resolve("countries.tsv"), true).rows()) {
            Set<String> names = new LinkedHashSet<>();
            for (int i = 3; i < c.length; i++) {
                IndexRow.split(c[i], names);
            }
            countryAliases.put(c[0], names);
        }
        for (String[] r : new TabFile(dir.resolve("gazetteer.tsv"), true).rows()) {
            String fc = r[7];
            String kind = fc.equals("PCL") ? "country" : fc.equals("ADM1") ? "region" : "city";
            Set<String> names = ownNames(r);
            Set<String> aliases = aliases(r);
            if (kind.equals("country")) {
                names.addAll(aliases);
                names.addAll(countryAliases.getOrDefault(r[3], Set.of()));
                aliases.clear();
            }
            rows.add(new IndexRow(Long.parseLong(r[0]), r[1], where(r), kind, fc, r[8], names, aliases));
        }
        Path detail = dir.resolve("detail").resolve("gazetteer-detail.tsv");
        if (Files.exists(detail)) {
            rows.addAll(readDetail(detail));
        }
        return rows;
    }

    /**
     * The detail file (detail/README.md): towns of 500+ people, admin seats of any size, and second-level
     * districts, same columns as gazetteer.tsv. A district is also keyed by its name without the words GeoNames
     * puts around it (lexicon/district-name-affixes.tsv), since articles say "the Amuru district", not
     * "Amuru District"; those folded keys count as alternate names.
     */
    static List<IndexRow> readDetail(Path file) throws IOException {
        List<IndexRow> rows = new ArrayList<>();
        List<String[]> affixes = Lexicons.rows("lexicon/district-name-affixes.tsv", 2);
        for (String[] r : new TabFile(file, true).rows()) {
            boolean district = r[7].equals("ADM2");
            Set<String> names = ownNames(r);
            Set<String> aliases = aliases(r);
            if (district) {
                for (String name : List.of(r[1], r[2])) {
                    String folded = withoutAffixes(name, affixes);
                    if (!folded.isEmpty() && !folded.equals(PlaceIndexFormat.key(name))) {
                        aliases.add(folded);
                    }
                }
            }
            rows.add(new IndexRow(Long.parseLong(r[0]), r[1], where(r), district ? "district" : "city", r[7], r[8], names, aliases));
        }
        return rows;
    }

    /** The name's key without a district affix ("amuru district" → "amuru"); the key itself when it has none. */
    static String withoutAffixes(String name, List<String[]> affixes) {
        String plain = PlaceIndexFormat.key(name);
        for (String[] a : affixes) {
            String word = PlaceIndexFormat.key(a[1]);
            if (a[0].equals("suffix") && plain.endsWith(" " + word)) {
                return plain.substring(0, plain.length() - word.length() - 1);
            }
            if (a[0].equals("prefix") && plain.startsWith(word + " ")) {
                return plain.substring(word.length() + 1);
            }
        }
        return plain;
    }

    /** countryCode, admin1, lat and lon of a row in the prepared gazetteer's columns (both files share them). */
    private static IndexRow.Where where(String[] r) {
        return new IndexRow.Where(r[3], r[4], r[5], r[6]);
    }

    /** name, asciiName, arNames and frNames. */
    private static Set<String> ownNames(String[] r) {
        Set<String> names = new LinkedHashSet<>();
        names.add(r[1]);
        names.add(r[2]);
        IndexRow.split(r[9], names);
        IndexRow.split(r[10], names);
        return names;
    }

    private static Set<String> aliases(String[] r) {
        Set<String> aliases = new LinkedHashSet<>();
        IndexRow.split(r[11], aliases);
        return aliases;
    }
}
