package dev.articleevents.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.model.Actor;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.CasualtyReport;
import dev.articleevents.core.model.Engine;
import dev.articleevents.core.model.ErrorInfo;
import dev.articleevents.core.model.Event;
import dev.articleevents.core.model.Location;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.model.Summary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract records group their fields by meaning, yet the JSON stays flat, in the contract's order, and reads back. */
class FlatContractJsonTest {
    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void anAnalysisIsWrittenFlatInTheContractsOrderAndReadBack() throws Exception {
        Location where = new Location(new Location.Naming("Benghazi", "بنغازي"), new Location.Area("LY", "Benghazi"),
                new Location.Point(32.1, 20.1), 88319L, null, new Location.Accuracy(1, "gazetteer", 0.91));
        Event e = new Event(new Event.Kind("Explosions/Remote violence", "Suicide bomb"), new Event.When("2016-08-02", "الثلاثاء"),
                where, List.of(new Actor("Islamic State", null, "perpetrator")),
                new Event.Casualties(23, "قتل 23", null, null, List.of(new CasualtyReport("AP", 23, "23 killed", null, null))),
                new Event.Basis(List.of("AP"), List.of(new Span(0, 40))), 0.8, "2016-08-02 · Benghazi, LY · Suicide bomb");
        ArticleAnalysis a = new ArticleAnalysis(ArticleAnalysis.SCHEMA_VERSION, null, new ArticleAnalysis.Read("ar", "t", "2016-08-02"),
                new Summary("s", List.of()), List.of(e), List.of(), new Engine("x"), null);
        String json = AnalysisJson.write(a);
        JsonNode tree = AnalysisJson.mapper().readTree(json);
        assertEquals(List.of("schemaVersion", "source", "language", "title", "publishedAt", "summary", "events", "warnings", "engine"),
                fields(tree));
        assertEquals(List.of("eventType", "subEventType", "date", "dateText", "location", "actors", "fatalities", "fatalitiesText",
                "injured", "injuredText", "casualtyReports", "sources", "evidence", "confidence", "digest"), fields(tree.get("events").get(0)));
        assertEquals(List.of("name", "nameInText", "country", "admin1", "lat", "lon", "geonameId", "sublocation", "precision",
                "resolution", "confidence"), fields(tree.get("events").get(0).get("location")));
        assertEquals(a, AnalysisJson.read(json));
        assertEquals(23, AnalysisJson.read(json).events().get(0).fatalities());
    }

    @Test
    void anErrorDocumentKeepsTheReadFieldsAsNulls() throws Exception {
        ArticleAnalysis failed = ArticleAnalysis.failure(null, new ErrorInfo("no-text", "nothing to read"), List.of(), new Engine("x"));
        JsonNode tree = AnalysisJson.mapper().readTree(AnalysisJson.write(failed));
        assertEquals(List.of("schemaVersion", "source", "language", "title", "publishedAt", "summary", "events", "warnings", "engine",
                "error"), fields(tree));
        assertEquals(true, tree.get("language").isNull());
        assertEquals(failed, AnalysisJson.read(AnalysisJson.write(failed)));
    }
}
