package dev.articleevents.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the packaged place index ({@link PlaceIndexFormat}) from one of two inputs:
 * <ul>
 *   <li>{@code --shared DIR}: the project's prepared gazetteer ({@code gazetteer.tsv} and {@code countries.tsv},
 *       GeoNames-derived with Arabic and French names; see its README);</li>
 *   <li>{@code --geonames DIR}: the public GeoNames dumps {@code cities15000.txt}, {@code admin1CodesASCII.txt}
 *       and {@code countryInfo.txt} (https://download.geonames.org/export/dump/). Arabic and French names then
 *       come from the untagged alternate names: names written only in Arabic letters become Arabic names.</li>
 * </ul>
 * The build runs it with {@code --shared ../shared/data/gazetteer}; when that folder is absent it writes
 * nothing and the engine geocodes countries only (and says so in its warnings).
 * Usage: {@code GazetteerIndexBuilder (--shared|--geonames) DIR OUTPUT_FILE}
 */
public final class GazetteerIndexBuilder {
    static final String ATTRIBUTION = "Contains data from GeoNames (geonames.org, CC BY 4.0), Unicode CLDR, and "
            + "Wikidata-derived labels by J. Kamran (CC BY 4.0); modified.";

    private GazetteerIndexBuilder() {
    }

    record Row(long id, String name, String country, String admin1Code, String lat, String lon, String kind,
               String featureCode, String population, Set<String> names, Set<String> aliases) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("--shared") || args[0].equals("--geonames"))) {
            System.err.println("usage: GazetteerIndexBuilder (--shared|--geonames) INPUT_DIR OUTPUT_FILE");
            System.exit(2);
        }
        Path in = Path.of(args[1]);
        Path out = Path.of(args[2]);
        boolean shared = args[0].equals("--shared");
        Path probe = in.resolve(shared ? "gazetteer.tsv" : "cities15000.txt");
        if (!Files.exists(probe)) {
            System.out.println("[gazetteer] " + probe + " not found: no place index packaged; the engine will geocode "
                    + "countries only. See README \"Gazetteer\" to build one from the GeoNames dumps.");
            return;
        }
        Path stampFile = out.resolveSibling(out.getFileName() + ".inputs");
        String stamp = inputStamp(in, args[0], Set.of(out.toAbsolutePath(), stampFile.toAbsolutePath()));
        if (Files.exists(out) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            System.out.println("[gazetteer] " + out.getFileName() + " is up to date with its inputs");
            return;
        }
        List<Row> rows = shared ? readShared(in) : readGeoNames(in);
        rows.addAll(namedAreas(rows));
        int written = write(rows, out, shared ? "prepared gazetteer " + in : "GeoNames dumps in " + in);
        System.out.println("[gazetteer] " + written + " places → " + out + " (" + Files.size(out) / 1024 + " KiB)");
        Files.writeString(stampFile, stamp);
    }

    /** Resources the index is built from, besides the input folder. */
    private static final List<String> RESOURCES = List.of("lexicon/district-name-affixes.tsv", "lexicon/named-areas.tsv",
            GazetteerIndexBuilder.class.getName().replace('.', '/') + ".class");

    /**
     * What the index was built from — every input file, the resources it reads and this builder's own class, by
     * size and modification time — so that a build with the same inputs skips the work (it took seconds on
     * every ./analyze, ./export and ./reprocess, even to print their usage).
     */
    static String inputStamp(Path in, String mode, Set<Path> outputs) throws IOException {
        StringBuilder stamp = new StringBuilder(mode).append('\n');
        try (java.util.stream.Stream<Path> files = Files.walk(in, 2)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !outputs.contains(f.toAbsolutePath())).sorted().toList()) {
                stamp.append(f).append('\t').append(Files.size(f)).append('\t').append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        }
        for (String resource : RESOURCES) {
            java.net.URL url = GazetteerIndexBuilder.class.getClassLoader().getResource(resource);
            java.net.URLConnection c = url == null ? null : url.openConnection();
            stamp.append(resource).append('\t').append(c == null ? -1 : c.getContentLengthLong()).append('\t')
                    .append(c == null ? -1 : c.getLastModified()).append('\n');
        }
        return stamp.toString();
    }

    static List<Row> readShared(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Set<String>> countryAliases = new HashMap<>();
        for (String[] c : tsv(dir.resolve("countries.tsv"), true)) {
            Set<String> names = new LinkedHashSet<>();
            for (int i = 3; i < c.length; i++) {
                split(c[i], names);
            }
            countryAliases.put(c[0], names);
        }
        for (String[] r : tsv(dir.resolve("gazetteer.tsv"), true)) {
            String fc = r[7];
            String kind = fc.equals("PCL") ? "country" : fc.equals("ADM1") ? "region" : "city";
            Set<String> names = ownNames(r);
            Set<String> aliases = aliases(r);
            if (kind.equals("country")) {
                names.addAll(aliases);
                names.addAll(countryAliases.getOrDefault(r[3], Set.of()));
                aliases.clear();
            }
            rows.add(new Row(Long.parseLong(r[0]), r[1], r[3], r[4], r[5], r[6], kind, fc, r[8], names, aliases));
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
    static List<Row> readDetail(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String[]> affixes = dev.articleevents.core.resource.TsvResource.rows("lexicon/district-name-affixes.tsv", 2);
        for (String[] r : tsv(file, true)) {
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
            rows.add(new Row(Long.parseLong(r[0]), r[1], r[3], r[4], r[5], r[6], district ? "district" : "city", r[7], r[8],
                    names, aliases));
        }
        return rows;
    }

    /**
     * The curated areas of lexicon/named-areas.tsv (the Eastern Ghouta, Darfur, Kashmir on either side…), each at
     * the point of its anchor town: the largest town of the anchor's name in the area's country. An area whose
     * anchor the gazetteer lacks is left out and said so, rather than placed at a guessed point.
     */
    static List<Row> namedAreas(List<Row> places) {
        // the largest town of each name in each country, keyed once rather than scanning every place per area
        Map<String, Row> towns = new HashMap<>();
        for (Row r : places) {
            if (r.kind().equals("city")) {
                towns.merge(r.country() + "/" + PlaceIndexFormat.key(r.name()), r, (x, y) -> population(y) > population(x) ? y : x);
            }
        }
        List<Row> areas = new ArrayList<>();
        for (String[] a : dev.articleevents.core.resource.TsvResource.rows("lexicon/named-areas.tsv", 3)) {
            Row anchor = towns.get(a[0] + "/" + PlaceIndexFormat.key(a[1]));
            if (anchor == null) {
                System.out.println("[gazetteer] named area " + a[2] + ": anchor " + a[1] + ", " + a[0] + " not in the gazetteer; left out");
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            split(a[2], names);
            String english = names.stream().filter(GazetteerIndexBuilder::isLatin).findFirst().orElse(a[2].split("\\|")[0]);
            areas.add(new Row(0, english, a[0], anchor.admin1Code(), anchor.lat(), anchor.lon(), "region", AREA, "0", names, Set.of()));
        }
        return areas;
    }

    /** Feature code of a curated named area (GeoNames codes are ADM1, PPLA…; this one is ours). */
    static final String AREA = "AREA"; // Place.isArea() reads it

    private static long population(Row r) {
        return r.population().isEmpty() ? 0 : Long.parseLong(r.population());
    }

    /** name, asciiName, arNames and frNames of a row in the prepared gazetteer's columns (both files share them). */
    private static Set<String> ownNames(String[] r) {
        Set<String> names = new LinkedHashSet<>();
        names.add(r[1]);
        names.add(r[2]);
        split(r[9], names);
        split(r[10], names);
        return names;
    }

    private static Set<String> aliases(String[] r) {
        Set<String> aliases = new LinkedHashSet<>();
        split(r[11], aliases);
        return aliases;
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

    static List<Row> readGeoNames(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] c : tsv(dir.resolve("countryInfo.txt"), false)) {
            // ISO ISO3 ISO-Numeric fips Country Capital Area Population Continent tld CurrencyCode ... geonameid(16)
            if (c.length < 17 || c[16].isEmpty()) {
                continue;
            }
            rows.add(new Row(Long.parseLong(c[16]), c[4], c[0], "", "", "", "country", "PCL", c[7], new LinkedHashSet<>(List.of(c[4])), Set.of()));
        }
        for (String[] a : tsv(dir.resolve("admin1CodesASCII.txt"), false)) {
            // code(CC.admin1) name asciiname geonameid
            String[] code = a[0].split("\\.", 2);
            rows.add(new Row(Long.parseLong(a[3]), a[1], code[0], code.length > 1 ? code[1] : "", "", "", "region", "ADM1", "",
                    new LinkedHashSet<>(List.of(a[1], a[2])), Set.of()));
        }
        for (String[] p : tsv(dir.resolve("cities15000.txt"), false)) {
            // geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population ...
            Set<String> names = new LinkedHashSet<>(List.of(p[1], p[2]));
            Set<String> aliases = new LinkedHashSet<>();
            for (String alt : p[3].split(",")) {
                if (alt.isBlank()) {
                    continue;
                }
                if (PlaceIndexFormat.isArabic(alt)) {
                    if (onlyArabicLetters(alt)) {
                        names.add(alt.strip());
                    }
                } else if (isLatin(alt)) {
                    aliases.add(alt.strip());
                }
            }
            rows.add(new Row(Long.parseLong(p[0]), p[1], p[8], p[10], p[4], p[5], "city", p[7], p[14], names, aliases));
        }
        return rows;
    }

    /** Names with Persian, Urdu or Kurdish letters are not Arabic names, even in Arabic script. */
    static boolean onlyArabicLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !(c >= '\u0621' && c <= '\u064A')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c > 0x024F) {
                return false;
            }
        }
        // all-caps codes of up to four letters (IATA, abbreviations) are not names
        return !(s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT)));
    }

    static int write(List<Row> rows, Path out, String from) throws IOException {
        Map<String, String> admin1Names = new HashMap<>();
        for (Row r : rows) {
            if (r.kind().equals("region") && !AREA.equals(r.featureCode())) {
                admin1Names.put(r.country() + "." + r.admin1Code(), r.name());
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        int n = 0;
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# article-events place index, generated from " + from.replace('\n', ' ') + "\n");
            w.write("# " + ATTRIBUTION + "\n");
            w.write("# columns: geonameId name country admin1 lat lon kind featureCode population keys(|) primaryKeyCount\n");
            for (Row r : rows) {
                Set<String> keys = new LinkedHashSet<>();
                for (String name : r.names()) {
                    String key = PlaceIndexFormat.key(name);
                    if (!key.isEmpty()) {
                        keys.add(key);
                    }
                }
                int primary = keys.size();
                for (String name : r.aliases()) {
                    String key = PlaceIndexFormat.key(name);
                    if (!key.isEmpty()) {
                        keys.add(key);
                    }
                }
                if (keys.isEmpty()) {
                    continue;
                }
                boolean inRegion = r.kind().equals("city") || r.kind().equals("district") || AREA.equals(r.featureCode());
                String admin1 = inRegion ? admin1Names.getOrDefault(r.country() + "." + r.admin1Code(), "")
                        : r.kind().equals("region") ? r.name() : "";
                w.write(String.join("\t", Long.toString(r.id()), r.name(), r.country(), admin1, r.lat(), r.lon(), r.kind(),
                        r.featureCode(), r.population().isEmpty() ? "0" : r.population(), String.join("|", keys),
                        Integer.toString(primary)));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static void split(String field, Set<String> into) {
        if (field == null || field.isBlank()) {
            return;
        }
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                into.add(s.strip());
            }
        }
    }

    private static List<String[]> tsv(Path file, boolean header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank() || (header && first)) {
                    first = false;
                    continue;
                }
                first = false;
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
