package dev.articleevents.http;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.ErrorDocuments;
import dev.articleevents.core.InspectedArticle;
import dev.articleevents.core.structure.PublicationDate;
import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.view.EvidenceMarker;
import dev.articleevents.view.ViewJson;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Synchronous analysis: the request body is the article (plain text, HTML or raw bytes in any charset the
 * decoder reads), handed to the analyzer byte for byte with the declared charset as a hint. Answers the
 * contract document; every refusal is the contract's error document too (422: the input cannot be analysed
 * or took longer than app.max-analysis-ms; 400: a bad parameter), so that clients read one shape.
 * With {@code view=true} (the article page asks for it) the document gains a {@code view} field: the decoded text
 * and the marks that show which words fed which field.
 */
@Path("/analyze")
public class AnalyzeResource {
    private static final Logger LOG = Logger.getLogger(AnalyzeResource.class);
    private final ArticleAnalyzer analyzer;
    private final Duration analysisLimit;
    /** Built on the first view request: the page is a person's tool, the function's cold start is not its to pay. */
    private volatile EvidenceMarker marker;
    /** The event API Gateway sent (null outside Lambda): only its request id is read, for the log. */
    @Context
    APIGatewayV2HTTPEvent gatewayEvent;

    public AnalyzeResource(ArticleAnalyzer analyzer,
                           @ConfigProperty(name = "app.max-analysis-ms", defaultValue = "20000") long maxAnalysisMs) {
        this.analyzer = analyzer;
        this.analysisLimit = Duration.ofMillis(maxAnalysisMs);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract events and a summary from one article (ar, en, fr)")
    public Response analyze(byte[] body,
                            @Parameter(description = "publication date, YYYY-MM-DD (or an ISO date-time); relative dates resolve against it")
                            @QueryParam("publishedAt") String publishedAt,
                            @Parameter(description = "true: add the field 'view' (decoded text, blocks, evidence marks) for the article page")
                            @QueryParam("view") boolean view,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (!PublicationDate.isReadable(publishedAt)) {
            // over HTTP the caller is there to fix it; the S3 path, with no one to answer, keeps a warning
            return JsonResponses.of(400, ErrorDocuments.refused("invalid-published-at", "publishedAt '" + publishedAt
                    + "' is not an ISO date (YYYY-MM-DD) or date-time", bytes, contentType));
        }
        InspectedArticle inspected = analyzer.inspect(bytes, ArticleMeta.of(contentType, publishedAt),
                AnalysisDeadline.after(analysisLimit));
        ArticleAnalysis analysis = inspected.analysis();
        if (inspected.failure() != null) {
            LOG.errorf(inspected.failure(), "analysis failed on an engine defect: request=%s", requestId());
        }
        int status = inspected.failure() != null ? 500 : analysis.hasError() ? 422 : 200;
        return view ? JsonResponses.of(status, ViewJson.write(analysis, marker().viewOf(inspected)))
                : JsonResponses.of(status, analysis);
    }

    /** API Gateway's id for this request (the one its access log and the client's apigw-requestid header show). */
    private String requestId() {
        return gatewayEvent != null && gatewayEvent.getRequestContext() != null ? gatewayEvent.getRequestContext().getRequestId() : null;
    }

    private EvidenceMarker marker() {
        if (marker == null) {
            marker = new EvidenceMarker();
        }
        return marker;
    }
}
