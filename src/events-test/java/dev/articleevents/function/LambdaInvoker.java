package dev.articleevents.function;

import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/** Invokes the function as Lambda does, through Quarkus' mock Lambda event server. */
final class LambdaInvoker {
    private LambdaInvoker() {
    }

    static Response invoke(String eventJson) {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        return given().baseUri("http://localhost:" + port).contentType("application/json; charset=utf-8")
                .body(eventJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/_lambda_");
    }
}
