package dev.articleevents.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Delivers events to the function the way Lambda would: a POST to Quarkus' mock Lambda event server,
 * whose answer is the function's output (HTTP 500 carries the function's error). While the function is
 * still starting (connection refused), delivery waits and tries again, as S3 retries asynchronous invokes.
 */
public final class FunctionEndpoint implements FunctionInvoker {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI uri;
    private final Duration patience;

    public FunctionEndpoint(URI uri, Duration patience) {
        this.uri = uri;
        this.patience = patience;
    }

    @Override
    public Reply invoke(String eventJson) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(eventJson, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(r.statusCode(), r.body());
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }
}
