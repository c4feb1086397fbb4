package dev.articleevents.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack's Lambda Runtime API, driven as the function's poll loop drives it: a long poll on
 * /next, then the answer to /response or /error, or the event given back with /requeue.
 */
class LambdaRuntimeApiTest {
    private static final String NEXT = LambdaRuntimeApi.PREFIX + "invocation/next";
    private final HttpClient http = HttpClient.newHttpClient();
    private LambdaRuntimeApi api;

    @BeforeEach
    void start() throws Exception {
        api = LambdaRuntimeApi.start(0, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private URI uri(String path) {
        return URI.create("http://" + api.address() + path);
    }

    private CompletableFuture<HttpResponse<String>> poll() {
        return http.sendAsync(HttpRequest.newBuilder(uri(NEXT)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
    }

    private CompletableFuture<FunctionInvoker.Reply> invokeLater(String event) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return api.invoke(event);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** README's events fed by hand with curl: the stack hears of their answers and reports them like its own. */
    @Test
    void anEventPostedByHandIsAnsweredAndItsAnswerHeardOf() throws Exception {
        CompletableFuture<FunctionInvoker.Reply> heard = new CompletableFuture<>();
        api.onHandFedAnswer(heard::complete);
        assertTrue(!api.ready(), "no function has polled yet");
        CompletableFuture<HttpResponse<String>> byHand = http.sendAsync(HttpRequest.newBuilder(uri("/_lambda_"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"Records\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> event = poll().get();
        assertTrue(api.ready(), "a function that polled has started");
        String id = event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        post(LambdaRuntimeApi.PREFIX + "invocation/" + id + "/response", "{\"processed\":[]}");
        assertEquals("{\"processed\":[]}", byHand.get().body());
        assertEquals(new FunctionInvoker.Reply(200, "{\"processed\":[]}"), heard.get(10, java.util.concurrent.TimeUnit.SECONDS));
    }

    /** What Quarkus' mock event server did after an idle hour: warnings from a thread checker. Here: nothing. */
    @Test
    void anIdlePollerWaitsSilentlyThenGetsTheEvent() throws Exception {
        List<LogRecord> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            CompletableFuture<HttpResponse<String>> next = poll();
            Thread.sleep(1500);
            assertTrue(!next.isDone(), "a poll with nothing to deliver waits");
            CompletableFuture<FunctionInvoker.Reply> reply = invokeLater("{\"n\":1}");
            HttpResponse<String> event = next.get();
            assertEquals("{\"n\":1}", event.body());
            String id = event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
            assertTrue(Long.parseLong(event.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow()) > System.currentTimeMillis());
            post(LambdaRuntimeApi.PREFIX + "invocation/" + id + "/response", "{\"ok\":true}");
            assertEquals(new FunctionInvoker.Reply(200, "{\"ok\":true}"), reply.get());
            assertTrue(warnings.isEmpty(), warnings.toString());
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }

    @Test
    void aReportedErrorAnswers500() throws Exception {
        CompletableFuture<FunctionInvoker.Reply> reply = invokeLater("{}");
        HttpResponse<String> event = poll().get();
        String id = event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        post(LambdaRuntimeApi.PREFIX + "invocation/" + id + "/error", "{\"errorMessage\":\"boom\"}");
        assertEquals(500, reply.get().status());
        assertTrue(reply.get().body().contains("boom"));
    }

    /** Quarkus' live reload gives the event back; the restarted application's poll gets it. */
    @Test
    void aRequeuedEventGoesToTheNextPoll() throws Exception {
        CompletableFuture<FunctionInvoker.Reply> reply = invokeLater("{\"n\":2}");
        String first = poll().get().headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        post(LambdaRuntimeApi.PREFIX + "invocation/" + first + "/requeue", "");
        HttpResponse<String> again = poll().get();
        assertEquals("{\"n\":2}", again.body());
        String second = again.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
        post(LambdaRuntimeApi.PREFIX + "invocation/" + second + "/response", "\"done\"");
        assertEquals("\"done\"", reply.get().body());
    }

    /** After a live reload the stopped application's poll may still be waiting: the new poll gets the event. */
    @Test
    void aNewerPollSupersedesOneStillWaiting() throws Exception {
        CompletableFuture<HttpResponse<String>> stale = poll();
        Thread.sleep(300);
        CompletableFuture<HttpResponse<String>> fresh = poll();
        assertEquals(410, stale.get().statusCode(), "the older poll is let go");
        CompletableFuture<FunctionInvoker.Reply> reply = invokeLater("{\"n\":3}");
        HttpResponse<String> event = fresh.get();
        assertEquals("{\"n\":3}", event.body());
        post(LambdaRuntimeApi.PREFIX + "invocation/" + event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow()
                + "/response", "{}");
        assertEquals(200, reply.get().status());
    }

    /** For people: POST an event JSON to /_lambda_, get the function's answer. */
    @Test
    void anEventPostedByHandIsAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> byHand = http.sendAsync(HttpRequest.newBuilder(uri("/_lambda_"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"Records\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> event = poll().get();
        assertEquals("{\"Records\":[]}", event.body());
        post(LambdaRuntimeApi.PREFIX + "invocation/" + event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow()
                + "/response", "{\"processed\":[]}");
        assertEquals(200, byHand.get().statusCode());
        assertEquals("{\"processed\":[]}", byHand.get().body());
    }

    @Test
    void anUnansweredInvocationEndsAfterTheTimeout() throws Exception {
        try (LambdaRuntimeApi quick = LambdaRuntimeApi.start(0, Duration.ofMillis(300))) {
            FunctionInvoker.Reply reply = quick.invoke("{}");
            assertEquals(504, reply.status());
            assertTrue(reply.body().contains("no answer"));
        }
    }
}
