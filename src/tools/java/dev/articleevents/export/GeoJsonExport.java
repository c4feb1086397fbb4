package dev.articleevents.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.json.AnalysisJson;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): one Point per event that has coordinates, in
 * longitude, latitude order; the row's columns as properties. Events without coordinates are left out
 * (they are in the CSV).
 */
public final class GeoJsonExport {
    private GeoJsonExport() {
    }

    public static ObjectNode collection(List<EventRow> rows) {
        ObjectNode fc = AnalysisJson.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (EventRow r : rows) {
            if (r.latitude() == null || r.longitude() == null) {
                continue;
            }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode geometry = f.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(r.longitude()).add(r.latitude());
            ObjectNode p = f.putObject("properties");
            List<String> values = r.values();
            for (int i = 0; i < EventRow.COLUMNS.size(); i++) {
                p.put(EventRow.COLUMNS.get(i), values.get(i).isEmpty() ? null : values.get(i));
            }
        }
        return fc;
    }

    public static void write(List<EventRow> rows, Writer out) throws IOException {
        AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, collection(rows));
    }
}
