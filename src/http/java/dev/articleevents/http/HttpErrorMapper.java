package dev.articleevents.http;

import dev.articleevents.core.ErrorDocuments;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/**
 * Refusals made by the REST layer itself (wrong method, media type or path, body too large) answer the
 * contract's error document instead of an empty or plain-text body.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {
    private static final Map<Integer, String> CODES = Map.of(
            400, "bad-request",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "too-large",
            414, "uri-too-long",
            415, "unsupported-media-type");

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = CODES.getOrDefault(status, "http-" + status);
        String message = switch (status) {
            case 405 -> "use POST /analyze with the article as the body";
            case 415 -> "send the article as text/plain, text/html or application/octet-stream (any charset)";
            case 404 -> "no such resource: POST /analyze (the API), GET / (the article page), GET /q/health, GET /q/openapi";
            default -> e.getMessage();
        };
        Response answer = JsonResponses.of(status, ErrorDocuments.refused(code, message, 0, null));
        // RFC 9110: a 405 says which methods the resource takes (POST is the only one /analyze has)
        return status == 405 ? Response.fromResponse(answer).header(HttpHeaders.ALLOW, "POST").build() : answer;
    }
}
