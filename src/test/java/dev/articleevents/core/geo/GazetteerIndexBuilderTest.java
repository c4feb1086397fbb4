package dev.articleevents.core.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index builder on small files in the layout of the public GeoNames dumps (written here, not downloaded). */
class GazetteerIndexBuilderTest {

    @Test
    void buildsTheIndexFromGeoNamesDumps(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("countryInfo.txt"), String.join("\n",
                "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal\tPostalRegex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode",
                "LY\tLBY\t434\tLY\tLibya\tTripoli\t1759540\t6678567\tAF\t.ly\tLYD\tDinar\t218\t\t\tar-LY,it,en\t2215636\tTN,NE\t") + "\n");
        Files.writeString(dir.resolve("admin1CodesASCII.txt"), "LY.76\tSurt\tSurt\t2210553\n");
        Files.writeString(dir.resolve("cities15000.txt"),
                "2210554\tSirte\tSirte\tSRX,Sirt,Syrte,Surt,سرت,سیرت\t31.20892\t16.58866\tP\tPPLA\tLY\t\t76\t\t\t\t106705\t\t13\tAfrica/Tripoli\t2024-01-01\n");
        Path out = dir.resolve("places.bin");
        Path rowsFile = dir.resolve("rows").resolve("places.tsv.gz");
        GazetteerIndexBuilder.main(new String[]{"--geonames", dir.toString(), out.toString(), rowsFile.toString()});

        Gazetteer g;
        try (var in = Files.newInputStream(out)) {
            g = Gazetteer.readPrepared(in);
        }
        Place sirte = g.lookup("سرت").get(0);
        assertEquals("Sirte", sirte.name());
        assertEquals("Surt", sirte.admin1());
        assertEquals(106705, sirte.population());
        assertTrue(g.isPrimaryKey("سرت"));
        assertFalse(g.isPrimaryKey("syrte"), "Latin alternate names need context");
        assertFalse(g.lookup("syrte").isEmpty());
        assertTrue(g.lookup("سيرت").isEmpty(), "a name with a Persian letter is not an Arabic name");
        assertTrue(g.lookup("srx").isEmpty(), "airport codes are not names");
        assertEquals("LY", g.country("LY").country());
        String header = new String(new GZIPInputStream(Files.newInputStream(rowsFile)).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(header.contains("GeoNames"), "the index rows carry the attribution");
        assertTrue(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).contains("GeoNames"), "so does the prepared table");

        // the same inputs again: nothing is rebuilt (every ./analyze, ./export, ./reprocess used to rebuild it)
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(out);
        Thread.sleep(20);
        GazetteerIndexBuilder.main(new String[]{"--geonames", dir.toString(), out.toString(), rowsFile.toString()});
        assertEquals(built, Files.getLastModifiedTime(out));
        // an input changed: rebuilt
        Files.writeString(dir.resolve("admin1CodesASCII.txt"), "LY.76\tSurt District\tSurt\t2210553\n");
        GazetteerIndexBuilder.main(new String[]{"--geonames", dir.toString(), out.toString(), rowsFile.toString()});
        assertTrue(Files.getLastModifiedTime(out).compareTo(built) > 0, "rebuilt after an input changed");
    }

    @Test
    void withoutDataOnlyCountriesAreKnown() {
        Gazetteer g = Gazetteer.countriesOnly();
        assertFalse(g.complete());
        assertEquals("LY", g.lookup(PlaceIndexFormat.key("ليبيا")).get(0).country());
        assertEquals("FR", g.lookup(PlaceIndexFormat.key("France")).get(0).country());
        assertTrue(g.lookup(PlaceIndexFormat.key("Benghazi")).isEmpty());
    }

    @Test
    void districtsAreAlsoKeyedWithoutTheirAffixes(@TempDir Path dir) throws Exception {
        Path detail = dir.resolve("detail.tsv");
        java.nio.file.Files.writeString(detail, String.join("\n",
                "geonameId\tname\tasciiName\tcountryCode\tadmin1\tlat\tlon\tfeatureCode\tpopulation\tarNames\tfrNames\tlatinAliases\tcoordSource",
                "7056278\tAmuru District\tAmuru District\tUG\tC\t2.8\t31.9\tADM2\t\t\t\t\tseat:8015635",
                "1\tMarkaz Dūmā\tMarkaz Duma\tSY\t08\t\t\tADM2\t\t\t\t\tnone",
                "2\tKafr Batna\tKafr Batna\tSY\t08\t33.5\t36.3\tPPL\t25000\tكفربطنا\t\t\tgeonames") + "\n");
        var affixes = dev.articleevents.core.resource.TsvResource.rows("lexicon/district-name-affixes.tsv", 2);
        assertEquals("amuru", SharedGazetteerReader.withoutAffixes("Amuru District", affixes));
        assertEquals("duma", SharedGazetteerReader.withoutAffixes("Markaz Duma", affixes));
        assertEquals("kafr batna", SharedGazetteerReader.withoutAffixes("Kafr Batna", affixes));
        var rows = SharedGazetteerReader.readDetail(detail);
        assertEquals(3, rows.size());
        assertEquals("district", rows.get(0).kind());
        assertTrue(rows.get(0).aliases().contains("amuru"), rows.get(0).aliases().toString());
        assertEquals("city", rows.get(2).kind());
        assertTrue(rows.get(2).names().contains("كفربطنا"));
    }

    @Test
    void namedAreasStandAtTheirAnchorTown() {
        var douma = new IndexRow(1, "Dūmā", new IndexRow.Where("SY", "08", "33.57", "36.40"), "city", "PPLA2", "111864",
                java.util.Set.of("Dūmā"), java.util.Set.of());
        var areas = NamedAreaRows.of(java.util.List.of(douma));
        var ghouta = areas.stream().filter(a -> a.name().equals("Eastern Ghouta")).findFirst().orElseThrow();
        assertEquals("33.57", ghouta.lat());
        assertEquals("36.40", ghouta.lon());
        assertEquals("08", ghouta.admin1Code());
        assertEquals(NamedAreaRows.AREA, ghouta.featureCode());
        assertTrue(ghouta.names().contains("الغوطة الشرقية"), ghouta.names().toString());
        // areas whose anchor town is not in the data are left out, not placed at a guessed point
        assertTrue(areas.stream().noneMatch(a -> a.name().equals("Darfur")), areas.toString());
    }
}
