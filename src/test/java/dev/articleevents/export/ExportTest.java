package dev.articleevents.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.testing.TestFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportTest {
    private static final ArticleAnalysis SEED = new ArticleAnalyzer().analyze(TestFiles.seed(), ArticleMeta.of("text/plain", "2016-08-02"));

    @Test
    void csvRoundTripsCommasQuotesNewlinesAndArabic() throws Exception {
        List<EventRow> rows = new ArrayList<>(EventRow.of(SEED));
        rows.add(new EventRow("2020-01-01", "Protests", "Peaceful protest", "Protesters (France)", null, "FR", "Île-de-France",
                "Paris, \"centre\"", 48.85, 2.35, "AFP; Reuters", "line one\nline two, with \"quotes\" · مجلس شورى ثوار بنغازي",
                null, 3, "in/a,b.txt", 0.5, "fr"));
        StringWriter out = new StringWriter();
        CsvExport.write(rows, out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFevent_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,notes,fatalities"));
        List<CSVRecord> parsed;
        try (CSVParser p = CsvExport.FORMAT.builder().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1)))) {
            parsed = p.getRecords();
        }
        assertEquals(rows.size(), parsed.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).values(), parsed.get(i).toList(), "row " + i);
        }
        assertTrue(parsed.stream().anyMatch(r -> r.get("notes").contains("Benghazi")));
    }

    @Test
    void theExportAlsoWritesAReportOfItsDocuments(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<java.nio.file.Path> written = ExportFiles.write(List.of(SEED), dir);
        assertEquals(List.of("events.csv", "results.geojson", "report.html"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        JsonNode doc = dev.articleevents.testing.ReportHtml.documents(dir.resolve("report.html")).get(0);
        assertEquals(SEED.events().size(), doc.get("analysis").get("events").size());
        assertTrue(doc.get("view").isNull(), "results carry no article text, so the report has no evidence view");
    }

    @Test
    void geoJsonPointsAreLongitudeThenLatitude() {
        ObjectNode fc = GeoJsonExport.collection(EventRow.of(SEED));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertTrue(fc.get("features").size() >= 5);
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            JsonNode c = f.get("geometry").get("coordinates");
            assertEquals(2, c.size());
            double lon = c.get(0).asDouble();
            double lat = c.get(1).asDouble();
            assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
            if ("Benghazi".equals(f.get("properties").get("location").asText())) {
                assertEquals(20.07, lon, 0.05, "Benghazi lies at about 20.07 E");
                assertEquals(32.11, lat, 0.05, "and 32.11 N");
            }
            assertEquals(f.get("properties").get("longitude").asText(), Double.toString(lon));
        }
    }
}
