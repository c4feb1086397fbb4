package dev.articleevents.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.json.AnalysisJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code report.html}: one self-contained file (styles, scripts, country outlines and the documents inlined;
 * nothing fetched when it is opened) with a map, a timeline and a table of a folder's events, each opening its
 * article view. The page is {@code report/report.html} with its placeholders filled; the article view is the
 * same script the HTTP flavour serves at {@code /}.
 */
public final class FolderReport {
    public static final String FILE_NAME = "report.html";
    /**
     * A page a browser still opens at once (the tuning set's 72 articles make 0.75 MB); the rest are counted on
     * the page, and the CSV and GeoJSON written beside it hold every event.
     */
    public static final int MAX_DOCUMENTS = 5000;

    private FolderReport() {
    }

    public static Path write(List<ReportEntry> entries, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        Files.writeString(file, html(entries), StandardCharsets.UTF_8);
        return file;
    }

    static String html(List<ReportEntry> entries) {
        return resource("report/report.html")
                .replace("/*ARTICLE_VIEW_CSS*/", resource("META-INF/resources/article-view.css"))
                .replace("/*REPORT_CSS*/", resource("report/report.css"))
                .replace("/*WORLD_JSON*/", inScript(resource("report/countries-110m.json")))
                .replace("/*REPORT_JSON*/", inScript(json(entries)))
                .replace("/*ARTICLE_VIEW_JS*/", resource("META-INF/resources/article-view.js"))
                .replace("/*REPORT_JS*/", resource("report/report.js"));
    }

    private static String json(List<ReportEntry> entries) {
        ObjectNode root = AnalysisJson.mapper().createObjectNode();
        root.put("written", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("omittedDocuments", Math.max(0, entries.size() - MAX_DOCUMENTS));
        ArrayNode docs = root.putArray("documents");
        for (ReportEntry e : entries.subList(0, Math.min(entries.size(), MAX_DOCUMENTS))) {
            ObjectNode d = docs.addObject();
            d.put("id", e.id());
            d.put("json", e.jsonHref());
            d.set("analysis", AnalysisJson.mapper().valueToTree(e.analysis()));
            d.set("view", AnalysisJson.mapper().valueToTree(e.view()));
        }
        try {
            return AnalysisJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON inside a script element ends at the first "</script" whatever the JSON means; "<" only occurs inside
     * JSON strings, where the escape \u003c reads back as the same character.
     */
    static String inScript(String json) {
        return json.replace("<", "\\u003c");
    }

    private static String resource(String name) {
        try (InputStream in = FolderReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (report.html is built from it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
