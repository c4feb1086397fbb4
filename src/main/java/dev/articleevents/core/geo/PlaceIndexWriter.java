package dev.articleevents.core.geo;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/** Writes index rows as the packaged place index ({@link PlaceIndexFormat}): a town's region by name, its names as keys. */
final class PlaceIndexWriter {
    static final String ATTRIBUTION = "Contains data from GeoNames (geonames.org, CC BY 4.0), Unicode CLDR, and "
            + "Wikidata-derived labels by J. Kamran (CC BY 4.0); modified.";

    private PlaceIndexWriter() {
    }

    /** @return how many places were written (a row without a usable name is not) */
    static int write(List<IndexRow> rows, Path out, String from) throws IOException {
        Map<String, String> admin1Names = new HashMap<>();
        for (IndexRow r : rows) {
            if (r.kind().equals("region") && !NamedAreaRows.AREA.equals(r.featureCode())) {
                admin1Names.put(r.country() + "." + r.admin1Code(), r.name());
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        int n = 0;
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# article-events place index, generated from " + from.replace('\n', ' ') + "\n");
            w.write("# " + ATTRIBUTION + "\n");
            w.write("# columns: geonameId name country admin1 lat lon kind featureCode population keys(|) primaryKeyCount\n");
            for (IndexRow r : rows) {
                Set<String> keys = keys(r.names());
                int primary = keys.size();
                keys.addAll(keys(r.aliases()));
                if (keys.isEmpty()) {
                    continue;
                }
                boolean inRegion = r.kind().equals("city") || r.kind().equals("district") || NamedAreaRows.AREA.equals(r.featureCode());
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

    private static Set<String> keys(Set<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String key = PlaceIndexFormat.key(name);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
