package dev.articleevents.core.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public GeoNames dumps {@code cities15000.txt}, {@code admin1CodesASCII.txt} and {@code countryInfo.txt}
 * (https://download.geonames.org/export/dump/) as index rows. Arabic and French names come from the untagged
 * alternate names: names written only in Arabic letters become Arabic names.
 */
final class GeoNamesDumpReader {
    private GeoNamesDumpReader() {
    }

    static List<IndexRow> read(Path dir) throws IOException {
        List<IndexRow> rows = new ArrayList<>();
        for (String[] c : new TabFile(dir.resolve("countryInfo.txt"), false).rows()) {
            // ISO ISO3 ISO-Numeric fips Country Capital Area Population Continent tld CurrencyCode ... geonameid(16)
            if (c.length < 17 || c[16].isEmpty()) {
                continue;
            }
            rows.add(new IndexRow(Long.parseLong(c[16]), c[4], new IndexRow.Where(c[0], "", "", ""), "country", "PCL", c[7],
                    new LinkedHashSet<>(List.of(c[4])), Set.of()));
        }
        for (String[] a : new TabFile(dir.resolve("admin1CodesASCII.txt"), false).rows()) {
            // code(CC.admin1) name asciiname geonameid
            String[] code = a[0].split("\\.", 2);
            rows.add(new IndexRow(Long.parseLong(a[3]), a[1], new IndexRow.Where(code[0], code.length > 1 ? code[1] : "", "", ""),
                    "region", "ADM1", "", new LinkedHashSet<>(List.of(a[1], a[2])), Set.of()));
        }
        for (String[] p : new TabFile(dir.resolve("cities15000.txt"), false).rows()) {
            rows.add(city(p));
        }
        return rows;
    }

    /** geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population ... */
    private static IndexRow city(String[] p) {
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
        return new IndexRow(Long.parseLong(p[0]), p[1], new IndexRow.Where(p[8], p[10], p[4], p[5]), "city", p[7], p[14], names, aliases);
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

    /** Latin letters only, and no all-caps code of up to four letters (IATA, abbreviations are not names). */
    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c > 0x024F) {
                return false;
            }
        }
        return !(s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT)));
    }
}
