package dev.articleevents.http;

import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * A contract document as a complete body with its length. Serialised here rather than streamed by the JSON
 * provider: a streamed body over the output buffer (8 KB) goes out chunked, and a Lambda HTTP response has no
 * chunks — it carried an empty transfer-encoding header and no length, and clients waited for the rest.
 */
final class JsonResponses {
    private JsonResponses() {
    }

    static Response of(int status, ArticleAnalysis document) {
        return of(status, AnalysisJson.write(document));
    }

    static Response of(int status, String document) {
        byte[] json = document.getBytes(StandardCharsets.UTF_8);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(json)
                .header(HttpHeaders.CONTENT_LENGTH, json.length).build();
    }
}
