package dev.articleevents.build;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip check run in verify catches what it is there for: it only ever sees good zips in a green build. */
class FunctionZipCheckTest {

    @Test
    void toolsAndTheirResourcesAreRefusedInEveryFlavour() {
        List<String> tools = List.of("dev/articleevents/cli/BatchAnalyzeCommand.class",
                "dev/articleevents/report/FolderReport.class", "dev/articleevents/export/CsvExport.class",
                "dev/articleevents/train/TrainCommand.class", "dev/articleevents/bench/SizeCheck.class",
                "report/report.html", "report/report.js", "report/report.css", "report/countries-110m.json",
                "geo/places.tsv.gz", "lib/main/org.apache.commons.commons-csv-1.14.1.jar",
                "lib/main/dev.articleevents.article-events-0.1.0-SNAPSHOT.jar!/dev/articleevents/cli/X.class");
        for (String flavour : List.of("events", "http")) {
            assertEquals(tools.size(), FunctionZipCheck.problems(tools, FunctionZipCheck.forbidden(flavour)).size(),
                    flavour);
        }
    }

    @Test
    void theViewBelongsToTheHttpZipOnly() {
        List<String> view = List.of("dev/articleevents/view/EvidenceMarker.class");
        assertEquals(1, FunctionZipCheck.problems(view, FunctionZipCheck.forbidden("events")).size());
        assertTrue(FunctionZipCheck.problems(view, FunctionZipCheck.forbidden("http")).isEmpty());
    }

    @Test
    void libraryNamesAreNotLookedForInsideOtherLibraries() {
        List<String> netty = List.of("lib/io.netty.netty-handler-4.1.133.Final.jar!/io/netty/handler/ssl/JettyAlpnSslEngine.class");
        assertTrue(FunctionZipCheck.problems(netty, FunctionZipCheck.forbidden("http")).isEmpty());
        assertEquals(1, FunctionZipCheck.problems(List.of("lib/org.eclipse.jetty.jetty-server-12.jar"),
                FunctionZipCheck.forbidden("http")).size());
    }

    @Test
    void theFunctionsOwnCodePasses() {
        List<String> own = List.of("dev/articleevents/core/ArticleAnalyzer.class", "dev/articleevents/http/AnalyzeResource.class",
                "dev/articleevents/function/S3EventFunction.class", "lexicon/triggers.tsv", "geo/places.bin",
                "META-INF/resources/index.html");
        for (String flavour : List.of("events", "http")) {
            assertTrue(FunctionZipCheck.problems(own, FunctionZipCheck.forbidden(flavour)).isEmpty(), flavour);
        }
    }
}
