package dev.articleevents.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Hop-by-hop headers (RFC 9110 7.6.1) describe one connection, and a Lambda HTTP response is no connection:
 * API Gateway builds its own. Left in, a streamed answer (e.g. /q/openapi over 8 KB) carried
 * {@code transfer-encoding} with no chunks and no length, and clients of the local event server waited for
 * ever. Removed from every response, whatever produced it.
 */
@Singleton
public class HopByHopHeaders {
    static final List<String> NAMES = List.of("transfer-encoding", "connection", "keep-alive", "te", "trailer",
            "upgrade", "proxy-connection");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> NAMES.forEach(ctx.response().headers()::remove));
            ctx.next();
        });
    }
}
