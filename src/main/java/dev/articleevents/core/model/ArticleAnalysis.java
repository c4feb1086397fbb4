package dev.articleevents.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * The contract document (schemaVersion "1"). A successful analysis has no {@code error}; an error document
 * keeps the source block, carries {@code error} and leaves the analysis fields null/empty. The JSON object is
 * flat (CONTRACT.md): what the engine read of the article ({@link Read}) is written in place.
 */
@JsonPropertyOrder({"schemaVersion", "source", "read", "summary", "events", "warnings", "engine", "error"})
public record ArticleAnalysis(String schemaVersion, SourceInfo source, @JsonUnwrapped Read read, Summary summary,
                              List<Event> events, List<String> warnings, Engine engine,
                              @JsonInclude(JsonInclude.Include.NON_NULL) ErrorInfo error) {
    public static final String SCHEMA_VERSION = "1";

    /** What the engine read of the article: its language, title and publication date. */
    @JsonPropertyOrder({"language", "title", "publishedAt"})
    public record Read(String language, String title, String publishedAt) {
    }

    public ArticleAnalysis {
        // nothing read (an error document) is written as the three fields set to null
        read = read == null ? new Read(null, null, null) : read;
    }

    public static ArticleAnalysis failure(SourceInfo source, ErrorInfo error, List<String> warnings, Engine engine) {
        return new ArticleAnalysis(SCHEMA_VERSION, source, null, null, List.of(), warnings, engine, error);
    }

    public boolean hasError() {
        return error != null;
    }

    public String language() {
        return read.language();
    }

    public String title() {
        return read.title();
    }

    public String publishedAt() {
        return read.publishedAt();
    }
}
