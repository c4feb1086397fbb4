package dev.articleevents.core.geo;

import dev.articleevents.core.resource.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated areas of lexicon/named-areas.tsv (the Eastern Ghouta, Darfur, Kashmir on either side…) as index rows,
 * each at the point of its anchor town: the largest town of the anchor's name in the area's country. An area whose
 * anchor the gazetteer lacks is left out and said so, rather than placed at a guessed point.
 */
final class NamedAreaRows {
    /** Feature code of a curated named area (GeoNames codes are ADM1, PPLA…; this one is ours). */
    static final String AREA = "AREA"; // Place.isArea() reads it

    private NamedAreaRows() {
    }

    static List<IndexRow> of(List<IndexRow> places) {
        // the largest town of each name in each country, keyed once rather than scanning every place per area
        Map<String, IndexRow> towns = new HashMap<>();
        for (IndexRow r : places) {
            if (r.kind().equals("city")) {
                towns.merge(r.country() + "/" + PlaceIndexFormat.key(r.name()), r, (x, y) -> y.populationCount() > x.populationCount() ? y : x);
            }
        }
        List<IndexRow> areas = new ArrayList<>();
        for (String[] a : Lexicons.rows("lexicon/named-areas.tsv", 3)) {
            IndexRow anchor = towns.get(a[0] + "/" + PlaceIndexFormat.key(a[1]));
            if (anchor == null) {
                System.out.println("[gazetteer] named area " + a[2] + ": anchor " + a[1] + ", " + a[0] + " not in the gazetteer; left out");
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            IndexRow.split(a[2], names);
            String english = names.stream().filter(GeoNamesDumpReader::isLatin).findFirst().orElse(a[2].split("\\|")[0]);
            areas.add(new IndexRow(0, english, new IndexRow.Where(a[0], anchor.admin1Code(), anchor.lat(), anchor.lon()), "region",
                    AREA, "0", names, Set.of()));
        }
        return areas;
    }
}
