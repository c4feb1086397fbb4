package dev.articleevents.function;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.SocketTimeoutException;

import static io.restassured.RestAssured.given;

/** Invokes the function as Lambda does, through Quarkus' mock Lambda event server. */
final class LambdaInvoker {
    private LambdaInvoker() {
    }

    static Response invoke(String eventJson) {
        return request(eventJson).post("/_lambda_");
    }

    /**
     * As {@link #invoke}, sent again when no answer comes within {@code waitMs}, at most {@code attempts} times: for
     * idempotent batches only. Quarkus restarts the application between test classes with their own test resources,
     * and a poll loop of the stopped application can still take one invocation from the mock event server and never
     * answer it (quarkusio/quarkus#15195; two clean-clone CI runs of ReprocessTest saw one batch answered, then
     * silence until the client's timeout). The invocation sent again reaches the running application.
     */
    static Response invokeAgainIfUnanswered(String eventJson, int waitMs, int attempts) throws Exception {
        RestAssuredConfig waiting = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", waitMs).setParam("http.connection.timeout", waitMs));
        for (int attempt = 1; ; attempt++) {
            try {
                return request(eventJson).config(waiting).post("/_lambda_");
            } catch (Exception e) { // RestAssured throws the socket's checked timeout undeclared
                if (attempt >= attempts || !rootIsTimeout(e)) {
                    throw e;
                }
                System.out.println("invocation unanswered after " + waitMs + " ms (attempt " + attempt + "): sent again");
            }
        }
    }

    private static boolean rootIsTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The event posted to Quarkus' mock Lambda event server, as Lambda's service would hand it to the function. */
    private static RequestSpecification request(String eventJson) {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        return given().baseUri("http://localhost:" + port).contentType("application/json; charset=utf-8")
                .body(eventJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
