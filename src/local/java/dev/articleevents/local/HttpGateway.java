package dev.articleevents.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.articleevents.core.ErrorDocuments;
import dev.articleevents.core.json.AnalysisJson;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The local stack's API Gateway (HTTP API, payload format 2.0) in front of the HTTP function: each request
 * becomes the event API Gateway would send, the function's answer becomes the HTTP response.
 * <p>
 * Two things it does on purpose, where Quarkus' mock HTTP event server did otherwise: the body always
 * travels base64-encoded, so the function receives the exact bytes whatever the content type (the mock
 * server decoded text/* bodies as UTF-8 and re-encoded them, which turned a windows-1256 article into
 * replacement characters); and the response is written with its length and without hop-by-hop headers,
 * which belong to a connection, not to a Lambda answer. Requests over the body limit (API Gateway's own is
 * 10 MB) or with a request line over 8 KiB are refused with the contract's error document.
 */
public final class HttpGateway implements AutoCloseable {
    static final int MAX_URI = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-connection", "content-length");
    private final HttpServer server;
    private final FunctionInvoker function;
    private final long maxBodyBytes;

    private HttpGateway(HttpServer server, FunctionInvoker function, long maxBodyBytes) {
        this.server = server;
        this.function = function;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** @param port 0 for a free one */
    public static HttpGateway start(int port, FunctionInvoker function, long maxBodyBytes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        HttpGateway gateway = new HttpGateway(server, function, maxBodyBytes);
        server.createContext("/", gateway::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-gateway");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return gateway;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String rawUri = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            if (rawUri.length() > MAX_URI) {
                refuse(exchange, 414, "uri-too-long", "the request line is over " + MAX_URI + " bytes; send the article as the body",
                        0, contentType);
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), maxBodyBytes);
            if (body == null) {
                refuse(exchange, 413, "too-large", "the body is over the limit of " + maxBodyBytes + " bytes", maxBodyBytes + 1, contentType);
                return;
            }
            FunctionInvoker.Reply reply = function.invoke(event(exchange, body).toString());
            if (reply.status() != 200) {
                refuse(exchange, 502, "function-error", "the function failed: " + reply.body(), body.length, contentType);
                return;
            }
            respond(exchange, JSON.readTree(reply.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode event(HttpExchange exchange, byte[] body) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0").put("routeKey", "$default")
                .put("rawPath", exchange.getRequestURI().getRawPath())
                .put("rawQueryString", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000").put("apiId", "local").put("stage", "$default")
                .put("requestId", UUID.randomUUID().toString()).put("timeEpoch", Instant.now().toEpochMilli());
        context.putObject("http").put("method", exchange.getRequestMethod()).put("path", exchange.getRequestURI().getRawPath())
                .put("protocol", exchange.getProtocol()).put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress())
                .put("userAgent", String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        if (body.length > 0) {
            event.put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    private static void respond(HttpExchange exchange, JsonNode answer) throws IOException {
        int status = answer.path("statusCode").asInt(200);
        for (Map.Entry<String, JsonNode> h : (Iterable<Map.Entry<String, JsonNode>>) answer.path("headers")::fields) {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().add(h.getKey(), h.getValue().asText());
            }
        }
        for (JsonNode cookie : answer.path("cookies")) {
            exchange.getResponseHeaders().add("Set-Cookie", cookie.asText());
        }
        String text = answer.path("body").asText("");
        byte[] body = answer.path("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        ExchangeReplies.send(exchange, status, body);
    }

    private static void refuse(HttpExchange exchange, int status, String code, String message, long size, String contentType)
            throws IOException {
        byte[] doc = AnalysisJson.write(ErrorDocuments.refused(code, message, size, contentType)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        ExchangeReplies.send(exchange, status, doc);
    }

    /** The whole body, or null when it is longer than {@code limit} (the rest is not read). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
