package dev.articleevents.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.articleevents.core.model.ArticleAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON writer of contract documents, so that every entry point writes the same bytes. */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    public static String write(ArticleAnalysis analysis) {
        try {
            return PRETTY.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleAnalysis read(String json) {
        try {
            return MAPPER.readValue(json, ArticleAnalysis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
