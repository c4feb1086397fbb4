package dev.articleevents.http;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Synchronous analysis: the request body is the article (plain text, HTML or raw bytes in any charset the
 * decoder reads). Answers the contract document; an input that cannot be analysed answers 422 with the
 * error document, so that clients read one shape either way.
 */
@Path("/analyze")
public class AnalyzeResource {
    private final ArticleAnalyzer analyzer;

    public AnalyzeResource(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract events and a summary from one article (ar, en, fr)")
    public Response analyze(byte[] body,
                            @Parameter(description = "publication date, YYYY-MM-DD; relative dates resolve against it")
                            @QueryParam("publishedAt") String publishedAt,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        ArticleAnalysis analysis = analyzer.analyze(body == null ? new byte[0] : body, ArticleMeta.of(contentType, publishedAt));
        return Response.status(analysis.hasError() ? 422 : 200).entity(analysis).build();
    }
}
