package dev.articleevents.http;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.ErrorDocuments;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Anything the resource did not expect (the analyzer answers every article, so this is a defect of the
 * adapter or the view) answers 500 with the contract's error document, never a page with a stack trace or
 * source lines; the trace goes to the log.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(RuntimeException e) {
        LOG.error("request failed on a defect", e);
        return JsonResponses.of(500, ErrorDocuments.refused(ArticleAnalyzer.INTERNAL_ERROR,
                "the request failed on a defect of the service, not of the article; the operators have the details in the log", 0, null));
    }
}
