package dev.articleevents.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.core.ContentHash;
import dev.articleevents.local.FunctionEndpoint;
import dev.articleevents.local.FunctionInvoker;
import dev.articleevents.local.HttpGateway;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /analyze as a client of the local stack calls it: through {@link HttpGateway} (the local API Gateway)
 * and the Lambda runtime, with a real HTTP client that gives up after 60 s instead of waiting for ever.
 */
@QuarkusTest
class HttpGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static HttpGateway gateway;

    @BeforeAll
    static void startGateway() throws Exception {
        int lambda = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        gateway = HttpGateway.start(0, new FunctionEndpoint(URI.create("http://127.0.0.1:" + lambda + "/_lambda_"),
                Duration.ofSeconds(30)), 2 * 1024 * 1024);
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    private static HttpResponse<byte[]> send(String method, String pathAndQuery, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode document(HttpResponse<byte[]> r) throws Exception {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        // a complete body with its length, no connection-level headers
        assertEquals(String.valueOf(r.body().length), r.headers().firstValue("content-length").orElse("none"));
        assertFalse(r.headers().firstValue("transfer-encoding").isPresent(), r.headers().map().toString());
        return ContractSchema.assertValid(body);
    }

    // ---- item 1: large answers arrive whole ----

    /** Paragraphs each telling a car bomb in another large city: one event per city. */
    private static byte[] articleWithEvents(int count) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : TestFiles.text(TestFiles.shared().resolve("data/gazetteer/gazetteer.tsv")).split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length > 8 && f[7].startsWith("PPL") && f[8].matches("\\d+") && Long.parseLong(f[8]) > 200_000
                    && f[1].matches("[A-Z][a-z]+")) {
                names.add(f[1]);
            }
        }
        List<String> cities = new ArrayList<>(names).subList(0, count);
        StringBuilder text = new StringBuilder("Car bombs in many cities\n\n");
        for (int i = 0; i < cities.size(); i++) {
            text.append("A car bomb killed ").append(3 + i % 40).append(" people in ").append(cities.get(i))
                    .append(" on Monday, police said.\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertLargeAnswer(int events, int minBytes) throws Exception {
        HttpResponse<byte[]> r = send("POST", "/analyze?publishedAt=2016-08-02", "text/plain; charset=utf-8", articleWithEvents(events));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length >= minBytes, "answer of " + r.body().length + " bytes");
        JsonNode doc = document(r);
        assertTrue(doc.get("events").size() > events / 2, doc.get("events").size() + " events");
    }

    @Test
    void theArticlePageAndItsScriptsAreServedThroughTheGateway() throws Exception {
        HttpResponse<byte[]> page = send("GET", "/", null, null);
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"analyse-form\"") && html.contains("article-view.js"), html);
        HttpResponse<byte[]> script = send("GET", "/article-view.js", null, null);
        assertEquals(200, script.statusCode());
        assertTrue(new String(script.body(), java.nio.charset.StandardCharsets.UTF_8).contains("ArticleView"));
    }

    @Test
    void answerOf100KilobytesArrivesWhole() throws Exception {
        assertLargeAnswer(130, 100_000);
    }

    @Test
    void answerOf1MegabyteArrivesWhole() throws Exception {
        assertLargeAnswer(1200, 1_000_000);
    }

    /** The function's own answer (what API Gateway receives) holds no hop-by-hop header. */
    @Test
    void functionAnswerHasNoHopByHopHeaders() throws Exception {
        int lambda = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        String event = JSON.createObjectNode().put("version", "2.0").put("rawPath", "/analyze").put("rawQueryString", "")
                .put("body", java.util.Base64.getEncoder().encodeToString(articleWithEvents(110))).put("isBase64Encoded", true)
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("headers", JSON.createObjectNode().put("content-type", "text/plain"))
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("requestContext", JSON.createObjectNode()
                        .set("http", JSON.createObjectNode().put("method", "POST").put("path", "/analyze").put("sourceIp", "127.0.0.1")))
                .toString();
        FunctionEndpoint.Reply reply = new FunctionEndpoint(URI.create("http://127.0.0.1:" + lambda + "/_lambda_"), Duration.ofSeconds(30))
                .invoke(event);
        assertEquals(200, reply.status(), reply.body());
        JsonNode answer = JSON.readTree(reply.body());
        assertEquals(200, answer.get("statusCode").asInt());
        answer.get("headers").fieldNames().forEachRemaining(h ->
                assertFalse(HopByHopHeaders.NAMES.contains(h.toLowerCase(java.util.Locale.ROOT)), h + " in " + answer.get("headers")));
        assertTrue(answer.get("body").asText().length() > 100_000);
    }

    // ---- item 2: the exact bytes reach the analyzer, whatever the content type ----

    private record Encoded(String name, String declared, byte[] bytes, String language) {
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static List<Encoded> encodings() {
        String seed = new String(TestFiles.seed(), StandardCharsets.UTF_8);
        String arabic = seed.replace("؟", "?");
        String french = TestFiles.text(TestFiles.events("articles/fr-sample-manifestation.txt"));
        return List.of(
                new Encoded("UTF-8", "utf-8", TestFiles.seed(), "ar"),
                new Encoded("UTF-8 with BOM", "utf-8", withBom(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TestFiles.seed()), "ar"),
                new Encoded("UTF-16LE with BOM", "utf-16", withBom(new byte[]{(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE)), "ar"),
                new Encoded("UTF-16BE with BOM", "utf-16", withBom(new byte[]{(byte) 0xFE, (byte) 0xFF}, seed.getBytes(StandardCharsets.UTF_16BE)), "ar"),
                new Encoded("UTF-16LE without BOM", "utf-16le", seed.getBytes(StandardCharsets.UTF_16LE), "ar"),
                new Encoded("windows-1256", "windows-1256", seed.getBytes(Charset.forName("windows-1256")), "ar"),
                new Encoded("ISO-8859-6", "iso-8859-6", arabic.getBytes(Charset.forName("ISO-8859-6")), "ar"),
                new Encoded("windows-1252", "windows-1252", french.getBytes(Charset.forName("windows-1252")), "fr"));
    }

    @Test
    void everyCharsetUnderEveryContentTypeArrivesByteForByte() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Encoded e : encodings()) {
            for (String type : List.of("text/plain; charset=" + e.declared(), "text/html; charset=" + e.declared(),
                    "application/octet-stream")) {
                HttpResponse<byte[]> r = send("POST", "/analyze?publishedAt=2016-08-02", type, e.bytes());
                JsonNode doc = document(r);
                String what = e.name() + " as " + type + ": ";
                if (r.statusCode() != 200) {
                    failures.add(what + "status " + r.statusCode() + " " + doc.path("error"));
                    continue;
                }
                if (doc.get("source").get("size").asLong() != e.bytes().length
                        || !ContentHash.sha256(e.bytes()).equals(doc.get("source").get("sha256").asText())) {
                    failures.add(what + "received " + doc.get("source").get("size") + " bytes, sent " + e.bytes().length);
                }
                if (!e.language().equals(doc.get("language").asText())) {
                    failures.add(what + "language " + doc.get("language"));
                }
                if (doc.toString().contains("\uFFFD") || doc.path("title").asText().contains("뿯")) {
                    failures.add(what + "replacement characters in " + doc.path("title"));
                }
                if ("ar".equals(e.language()) && !type.startsWith("text/html") && doc.get("events").size() < 5) {
                    failures.add(what + doc.get("events").size() + " events");
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- item 7: every refusal is the contract's error document ----

    private static void assertRefused(HttpResponse<byte[]> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        JsonNode doc = document(r);
        assertEquals(code, doc.get("error").get("code").asText(), doc.toString());
        assertFalse(doc.get("error").get("message").asText().isBlank());
    }

    @Test
    void publishedAtThatIsNotADateIs400() throws Exception {
        assertRefused(send("POST", "/analyze?publishedAt=yesterday", "text/plain", "Protesters marched in Paris on Saturday.".getBytes(StandardCharsets.UTF_8)),
                400, "invalid-published-at");
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        assertRefused(send("POST", "/analyze", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}), 415, "unsupported-media-type");
    }

    @Test
    void wrongMethodIs405() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/analyze", null, null);
        assertRefused(r, 405, "method-not-allowed");
        assertTrue(r.headers().firstValue("allow").orElse("").contains("POST"), r.headers().map().toString());
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        assertRefused(send("POST", "/analyze", "text/plain", new byte[2 * 1024 * 1024 + 1]), 413, "too-large");
    }

    @Test
    void requestLineOverTheLimitIs414() throws Exception {
        assertRefused(send("POST", "/analyze?publishedAt=" + "9".repeat(9000), "text/plain", "x".getBytes(StandardCharsets.UTF_8)),
                414, "uri-too-long");
    }

    @Test
    void unknownPathIs404NamingTheArticlePageToo() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/analyse", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(r, 404, "not-found");
        String message = document(r).get("error").get("message").asText();
        assertTrue(message.contains("POST /analyze") && message.contains("GET /"), message);
    }

    // ---- issue 23: Expect, undecodable queries, bodies over the limit, a function not yet started ----

    private static HttpResponse<byte[]> sendExpecting(String pathAndQuery, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).expectContinue(true).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void expectContinueGetsTheDocument() throws Exception {
        HttpResponse<byte[]> r = sendExpecting("/analyze?publishedAt=2019-03-12",
                "A car bomb killed 3 people in Mosul on Monday, police said.".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("en", document(r).get("language").asText());
    }

    /**
     * One request written by hand (what curl sends; the JDK 17 client waits for ever when the answer to Expect is
     * not 100, and refuses to send a query that is not valid percent-encoding): the final answer's status line and body.
     */
    private static String[] raw(String head, byte[] body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
            while (true) {
                StringBuilder headers = new StringBuilder();
                for (String line = line(in); !line.isEmpty(); line = line(in)) {
                    headers.append(line).append('\n');
                }
                String status = headers.toString().lines().findFirst().orElse("");
                if (status.startsWith("HTTP/1.1 1")) {
                    continue; // an interim answer: the final one follows
                }
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
                byte[] answer = new byte[length.find() ? Integer.parseInt(length.group(1)) : 0];
                in.readFully(answer);
                return new String[]{status, new String(answer, StandardCharsets.UTF_8)};
            }
        }
    }

    private static String line(java.io.DataInputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new java.io.EOFException("connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Test
    void expectContinueOverTheLimitIs413BeforeTheBodyIsSent() throws Exception {
        for (int attempt = 0; attempt < 4; attempt++) {
            String[] answer = raw("POST /analyze HTTP/1.1\nHost: 127.0.0.1\nContent-Type: text/plain\nContent-Length: "
                    + (3 * 1024 * 1024) + "\nExpect: 100-continue\n\n", new byte[0]);
            assertTrue(answer[0].startsWith("HTTP/1.1 413"), answer[0]);
            assertEquals("too-large", ContractSchema.assertValid(answer[1]).get("error").get("code").asText());
        }
    }

    @Test
    void aQueryThatIsNotValidPercentEncodingGetsADocument() throws Exception {
        byte[] body = "Protesters marched in Paris on Saturday.".getBytes(StandardCharsets.UTF_8);
        String[] answer = raw("POST /analyze?publishedAt=%ZZ HTTP/1.1\nHost: 127.0.0.1\nContent-Type: text/plain\nContent-Length: "
                + body.length + "\n\n", body);
        assertTrue(answer[0].startsWith("HTTP/1.1 400"), answer[0] + "\n" + answer[1]);
        assertFalse(ContractSchema.assertValid(answer[1]).get("error").get("code").asText().isBlank());
    }

    @Test
    void aBodyFoundOverTheLimitIsReadBeforeThe413SoItsAnswerArrives() throws Exception {
        // no Content-Length: the gateway finds the size only while reading
        byte[] big = new byte[3 * 1024 * 1024];
        for (int attempt = 0; attempt < 4; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/analyze"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
            assertRefused(CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()), 413, "too-large");
        }
    }

    @Test
    void aRequestBeforeTheFunctionHasStartedIs503AtOnce() throws Exception {
        try (HttpGateway early = HttpGateway.start(0, new FunctionInvoker() {
            @Override
            public Reply invoke(String eventJson) {
                throw new AssertionError("a function that has not started takes no event");
            }

            @Override
            public boolean ready() {
                return false;
            }
        }, 1024)) {
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + early.port() + "/analyze"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertRefused(r, 503, "starting");
            assertEquals("5", r.headers().firstValue("retry-after").orElse(""));
        }
    }

    @Test
    void aFunctionErrorIsA502DocumentWithoutItsStackTrace() throws Exception {
        try (HttpGateway failing = HttpGateway.start(0, eventJson -> new FunctionInvoker.Reply(500,
                "{\"errorType\":\"java.lang.IllegalStateException\",\"errorMessage\":\"boom\",\"stackTrace\":[\"at Secret.java:12\"]}"), 1024)) {
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + failing.port() + "/analyze"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertRefused(r, 502, "function-error");
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("Secret.java"));
        }
    }

    @Test
    void aTakenPortIsSaidAtStart() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            java.net.BindException e = org.junit.jupiter.api.Assertions.assertThrows(java.net.BindException.class,
                    () -> HttpGateway.start(taken.getLocalPort(), eventJson -> null, 1024));
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
        }
    }
}
