package dev.articleevents.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.ErrorDocuments;
import dev.articleevents.core.json.AnalysisJson;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The local stack's API Gateway (HTTP API, payload format 2.0) in front of the HTTP function: each request
 * becomes the event API Gateway would send, the function's answer becomes the HTTP response, and every answer
 * the gateway makes itself is the contract's error document.
 * <p>
 * What it does on purpose: the body always travels base64-encoded, so the function receives the exact bytes
 * whatever the content type; the response is written with its length and without hop-by-hop headers. It
 * answers {@code Expect: 100-continue} itself and does not pass {@code expect} on (the function has the whole
 * body in its event: there is nothing left to continue, and Quarkus' own mock gateway leaves it out too); a
 * body declared over the limit is refused before it is sent, and one found over the limit is read to its end
 * before the refusal, so that the client reads the 413 instead of a reset connection. A query that is not valid
 * percent-encoding is refused here with a 400 document (the function's web layer would answer it with an empty
 * 400). Built on Vert.x, not the JDK's server, because the JDK's answers a request line it cannot parse as a URI
 * with its own HTML page before any handler sees it.
 */
public final class HttpGateway implements AutoCloseable {
    static final int MAX_URI = 8 * 1024;
    private static final Logger LOG = Logger.getLogger(HttpGateway.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-connection", "content-length");
    /** Request headers that concern the hop to the gateway, not the function (API Gateway does not pass them either). */
    private static final List<String> NOT_FORWARDED = List.of("expect", "connection", "keep-alive", "transfer-encoding", "te", "upgrade");
    private final Vertx vertx;
    private final HttpServer server;
    private final FunctionInvoker function;
    private final long maxBodyBytes;

    private HttpGateway(Vertx vertx, FunctionInvoker function, long maxBodyBytes) {
        this.vertx = vertx;
        this.function = function;
        this.maxBodyBytes = maxBodyBytes;
        this.server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1")
                // longer than our own limit, so that an over-long request line gets our 414 document
                .setMaxInitialLineLength(4 * MAX_URI)
                .setHandle100ContinueAutomatically(false));
    }

    /**
     * @param port 0 for a free one
     * @throws BindException when the port is taken
     */
    public static HttpGateway start(int port, FunctionInvoker function, long maxBodyBytes) throws IOException {
        Vertx vertx = Vertx.vertx();
        HttpGateway gateway = new HttpGateway(vertx, function, maxBodyBytes);
        gateway.server.requestHandler(gateway::handle);
        try {
            gateway.server.listen(port).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            vertx.close();
            BindException bind = new BindException("port " + port + " (HTTP API): " + e.getCause().getMessage());
            bind.initCause(e.getCause());
            throw bind;
        } catch (InterruptedException | TimeoutException e) {
            vertx.close();
            throw new IOException("the HTTP API did not start on port " + port, e);
        }
        return gateway;
    }

    public int port() {
        return server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        String contentType = request.getHeader("Content-Type");
        boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
        if (request.uri().length() > MAX_URI) {
            refuseUnread(request, 414, "uri-too-long", "the request line is over " + MAX_URI + " bytes; send the article as the body", 0);
            return;
        }
        if (request.query() != null && !decodable(request.query())) {
            // the function's web layer would answer an empty 400 before any route of ours runs
            refuseUnread(request, 400, "bad-request", "the query string is not valid percent-encoding (a '%' must be"
                    + " followed by two hex digits): " + (request.query().length() <= 200 ? request.query()
                    : request.query().substring(0, 200) + "…"), 0);
            return;
        }
        String tooLarge = "the body is over the limit of " + maxBodyBytes + " bytes";
        long declared = declaredLength(request);
        if (declared > maxBodyBytes) {
            refuseUnread(request, 413, "too-large", tooLarge, declared);
            return;
        }
        if (expectsContinue) {
            request.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] over = {false};
        request.handler(chunk -> {
            if (!over[0] && body.length() + chunk.length() > maxBodyBytes) {
                over[0] = true;
            }
            if (!over[0]) {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(e -> LOG.warning("request broken off by the client: " + e));
        request.endHandler(done -> {
            if (over[0]) {
                refuse(request.response(), 413, "too-large", tooLarge, maxBodyBytes + 1, contentType);
                return;
            }
            forward(request, body.getBytes(), contentType);
        });
    }

    /** The function runs on a worker: the event loop must not wait for an analysis. */
    private void forward(HttpServerRequest request, byte[] body, String contentType) {
        HttpServerResponse response = request.response();
        if (!function.ready()) {
            refuse(response.putHeader("Retry-After", "5"), 503, "starting",
                    "the HTTP function is still starting (Quarkus dev mode takes about a minute); try again in a few seconds",
                    body.length, contentType);
            return;
        }
        String event = event(request, body).toString();
        vertx.<FunctionInvoker.Reply>executeBlocking(() -> function.invoke(event), false).onComplete(result -> {
            if (result.failed()) {
                LOG.warning("the function could not be invoked: " + result.cause());
                refuse(response, 502, "function-error", "the function could not be invoked: " + result.cause().getMessage(),
                        body.length, contentType);
                return;
            }
            FunctionInvoker.Reply reply = result.result();
            if (reply.status() != 200) {
                refuse(response, 502, "function-error", "the function failed: " + errorOf(reply.body()), body.length, contentType);
                return;
            }
            try {
                respond(response, JSON.readTree(reply.body()));
            } catch (IOException | RuntimeException e) {
                LOG.warning("the function's answer is not an API Gateway response: " + e);
                refuse(response, 502, "function-error", "the function's answer is not an API Gateway response", body.length, contentType);
            }
        });
    }

    private static boolean decodable(String query) {
        try {
            java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Lambda's error answer names a type and a message; its stack trace is for the function's log, not the client. */
    private static String errorOf(String reply) {
        try {
            JsonNode error = JSON.readTree(reply);
            return error.path("errorType").asText("error") + ": " + error.path("errorMessage").asText("");
        } catch (IOException e) {
            return "no readable error";
        }
    }

    private static ObjectNode event(HttpServerRequest request, byte[] body) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0").put("routeKey", "$default")
                .put("rawPath", request.path())
                .put("rawQueryString", request.query() == null ? "" : request.query());
        ObjectNode headers = event.putObject("headers");
        for (String name : request.headers().names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower)) {
                headers.put(lower, String.join(",", request.headers().getAll(name)));
            }
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000").put("apiId", "local").put("stage", "$default")
                .put("requestId", UUID.randomUUID().toString()).put("timeEpoch", Instant.now().toEpochMilli());
        context.putObject("http").put("method", request.method().name()).put("path", request.path())
                .put("protocol", request.version() == null ? "HTTP/1.1" : request.version().alpnName().toUpperCase(Locale.ROOT))
                .put("sourceIp", request.remoteAddress() == null ? "127.0.0.1" : request.remoteAddress().host())
                .put("userAgent", String.valueOf(request.getHeader("User-Agent")));
        if (body.length > 0) {
            event.put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    private static void respond(HttpServerResponse response, JsonNode answer) {
        int status = answer.path("statusCode").asInt(200);
        if (status < 200) {
            // an interim status is never a final answer (RFC 9110 §15.2)
            throw new IllegalStateException("interim status " + status + " as the final answer");
        }
        for (Map.Entry<String, JsonNode> h : (Iterable<Map.Entry<String, JsonNode>>) answer.path("headers")::fields) {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(h.getKey(), h.getValue().asText());
            }
        }
        for (JsonNode cookie : answer.path("cookies")) {
            response.headers().add("Set-Cookie", cookie.asText());
        }
        String text = answer.path("body").asText("");
        byte[] body = answer.path("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status).end(Buffer.buffer(body));
    }

    /**
     * Refuses a request whose body has not been read. With {@code Expect: 100-continue} the client holds the body
     * back, so the answer goes instead of 100 Continue (RFC 9110 §10.1.1) and the connection ends; otherwise the
     * body is read to its end (discarded) first: a refusal sent over an unread body is lost to a reset.
     */
    private void refuseUnread(HttpServerRequest request, int status, String code, String message, long size) {
        String contentType = request.getHeader("Content-Type");
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            refuseExpected(request, status, code, message, size);
            return;
        }
        request.handler(chunk -> {
        });
        request.endHandler(done -> refuse(request.response(), status, code, message, size, contentType));
    }

    private static io.vertx.core.Future<Void> refuse(HttpServerResponse response, int status, String code, String message,
                                                     long size, String contentType) {
        byte[] doc = AnalysisJson.write(ErrorDocuments.refused(code, message, size, contentType)).getBytes(StandardCharsets.UTF_8);
        return response.putHeader("Content-Type", "application/json;charset=utf-8").setStatusCode(status).end(Buffer.buffer(doc));
    }

    /** Refuses a request whose body the client holds back: nothing is left to read, so the connection ends. */
    private static void refuseExpected(HttpServerRequest request, int status, String code, String message, long size) {
        refuse(request.response().putHeader("Connection", "close"), status, code, message, size, request.getHeader("Content-Type"))
                .onComplete(done -> request.connection().close());
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warning("the HTTP API did not stop cleanly: " + e);
        }
    }
}
