package dev.articleevents.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Drops {@code Expect} before the REST layer sees it. In a Lambda the whole body is already in the event, and
 * the REST layer answering {@code 100 Continue} to a copied {@code expect} header ended the invocation with
 * status 100 and no body (the Lambda adapter takes the interim response for the final one). API Gateway deals
 * with 100-continue on its side of the connection; a gateway that passes the header on must not cost the answer.
 */
@ApplicationScoped
public class RequestFilters {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestFilters::dropExpect);
    }

    private static void dropExpect(RoutingContext rc) {
        rc.request().headers().remove("Expect");
        rc.next();
    }
}
