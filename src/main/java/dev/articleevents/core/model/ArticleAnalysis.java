package dev.articleevents.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The contract document (schemaVersion "1"). A successful analysis has no {@code error}; an error document
 * keeps the source block, carries {@code error} and leaves the analysis fields null/empty.
 */
@JsonPropertyOrder({"schemaVersion", "source", "language", "title", "publishedAt", "summary", "events",
        "warnings", "engine", "error"})
public record ArticleAnalysis(String schemaVersion, SourceInfo source, String language, String title,
                              String publishedAt, Summary summary, List<Event> events, List<String> warnings,
                              Engine engine, @JsonInclude(JsonInclude.Include.NON_NULL) ErrorInfo error) {
    public static final String SCHEMA_VERSION = "1";

    public static ArticleAnalysis failure(SourceInfo source, ErrorInfo error, List<String> warnings, Engine engine) {
        return new ArticleAnalysis(SCHEMA_VERSION, source, null, null, null, null, List.of(), warnings, engine, error);
    }

    public boolean hasError() {
        return error != null;
    }
}
