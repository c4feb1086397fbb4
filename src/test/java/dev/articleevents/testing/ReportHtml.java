package dev.articleevents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.core.json.AnalysisJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The data a report.html carries (its report-data script), read back as the page's script reads it. */
public final class ReportHtml {
    private static final Pattern DATA = Pattern.compile("<script id=\"report-data\" type=\"application/json\">(.*?)</script>",
            Pattern.DOTALL);

    private ReportHtml() {
    }

    public static JsonNode data(String html) {
        Matcher m = DATA.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no report-data script in the report");
        }
        try {
            return AnalysisJson.mapper().readTree(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode documents(Path report) {
        try {
            return data(Files.readString(report)).get("documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
