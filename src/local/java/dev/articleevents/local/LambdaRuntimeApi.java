package dev.articleevents.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The AWS Lambda Runtime API, as much of it as a function in {@code quarkus:dev} uses, for the local stack: the
 * function polls {@code GET /2018-06-01/runtime/invocation/next} and posts its answer to
 * {@code …/{id}/response} or {@code …/{id}/error}; Quarkus' live reload puts an event back with
 * {@code …/{id}/requeue}. {@link #invoke} hands it an event and waits for the answer, and {@code POST /_lambda_}
 * does the same for a person with curl.
 * <p>
 * It replaces Quarkus' mock event server in the local stack because that server waits for the next event on
 * a Vert.x worker thread: after an idle hour Vert.x's blocked-thread checker logged a warning with a stack
 * trace every second. Here the wait is on plain threads of the server's own pool, which nothing watches.
 */
public final class LambdaRuntimeApi implements FunctionInvoker, AutoCloseable {
    static final String PREFIX = "/2018-06-01/runtime/";
    private final HttpServer server;
    private final ExecutorService threads;
    private final Duration timeout;
    private final LinkedBlockingDeque<Invocation> queue = new LinkedBlockingDeque<>();
    private final Map<String, Invocation> running = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
    /** Told of every answer to an event posted by hand to /_lambda_, so that the stack reports it like its own. */
    private volatile java.util.function.Consumer<Reply> handFedAnswers = reply -> {
    };

    private record Invocation(String id, byte[] event, CompletableFuture<Reply> answer) {
    }

    private LambdaRuntimeApi(HttpServer server, ExecutorService threads, Duration timeout) {
        this.server = server;
        this.threads = threads;
        this.timeout = timeout;
    }

    /**
     * @param port    0 for a free one
     * @param timeout the function's time-out: an invocation unanswered by then answers 504
     */
    public static LambdaRuntimeApi start(int port, Duration timeout) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "runtime-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LambdaRuntimeApi api = new LambdaRuntimeApi(server, threads, timeout);
        server.createContext(PREFIX, api::runtime);
        server.createContext("/_lambda_", api::invokeOverHttp);
        server.setExecutor(threads);
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The value of AWS_LAMBDA_RUNTIME_API (or Quarkus' quarkus-internal.aws-lambda.test-api) for the function. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    public void onHandFedAnswer(java.util.function.Consumer<Reply> listener) {
        this.handFedAnswers = listener;
    }

    /** A function has polled for an event at least once: it has started. */
    @Override
    public boolean ready() {
        return polls.get() > 0;
    }

    @Override
    public Reply invoke(String eventJson) throws InterruptedException {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), eventJson.getBytes(StandardCharsets.UTF_8),
                new CompletableFuture<>());
        queue.add(invocation);
        try {
            return invocation.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            queue.remove(invocation);
            running.remove(invocation.id());
            return new Reply(504, "{\"errorMessage\":\"no answer from the function within " + timeout.toSeconds()
                    + " s (is it running? ./local-stack starts it)\"}");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void runtime(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            } else if (path.startsWith("invocation/") && exchange.getRequestMethod().equals("POST")) {
                String[] parts = path.split("/");
                Invocation invocation = parts.length == 3 ? running.remove(parts[1]) : null;
                if (invocation == null) {
                    send(exchange, 404, "{\"errorMessage\":\"unknown request id\"}");
                    return;
                }
                switch (parts[2]) {
                    case "response" -> invocation.answer().complete(new Reply(200, utf8(body)));
                    case "error" -> invocation.answer().complete(new Reply(500, utf8(body)));
                    // live reload: the old application gives the event back for the new one
                    case "requeue" -> queue.addFirst(invocation);
                    default -> {
                        running.put(invocation.id(), invocation);
                        send(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
                        return;
                    }
                }
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else if (path.equals("init/error")) {
                System.err.println("function failed to start: " + utf8(body));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Long poll, as Lambda's own: the function's poll loop waits here, on a plain thread, until an event comes.
     * One function polls one Runtime API at a time, so a newer poll supersedes an older one still waiting: that
     * one belongs to an application live reload has stopped, and must not take the next event to a closed
     * connection (the server cannot see the connection close while it waits).
     */
    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        long poll = polls.incrementAndGet();
        Invocation invocation = null;
        while (invocation == null && polls.get() == poll) {
            invocation = queue.poll(100, TimeUnit.MILLISECONDS);
        }
        if (polls.get() != poll) {
            if (invocation != null) {
                queue.addFirst(invocation);
            }
            send(exchange, 410, "{\"errorMessage\":\"superseded by a newer poll\"}");
            return;
        }
        running.put(invocation.id(), invocation);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.id());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + timeout.toMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:local");
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-" + invocation.id().replace("-", "").substring(0, 24));
        try {
            ExchangeReplies.send(exchange, 200, invocation.event());
        } catch (IOException gone) {
            // the poller went away (live reload) before taking it: the next poller gets it
            running.remove(invocation.id());
            queue.addFirst(invocation);
            throw gone;
        }
    }

    private void invokeOverHttp(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "{\"errorMessage\":\"POST an event (JSON) to /_lambda_\"}");
                return;
            }
            Reply reply = invoke(utf8(exchange.getRequestBody().readAllBytes()));
            handFedAnswers.accept(reply);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, reply.status(), reply.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        ExchangeReplies.send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
