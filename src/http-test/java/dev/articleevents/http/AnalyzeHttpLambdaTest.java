package dev.articleevents.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTTP function invoked as Lambda with the API Gateway (HTTP API, payload 2.0) event in events/. */
@QuarkusTest
class AnalyzeHttpLambdaTest {

    @Test
    void apiGatewayEventFromEventsFolder() throws Exception {
        assertAnalysed(TestFiles.bytes(TestFiles.events("http-analyze.json")));
    }

    @Test
    void anExpectHeaderPassedOnByTheGatewayDoesNotCostTheAnswer() throws Exception {
        // curl sends Expect: 100-continue for bodies over 1 MiB; a gateway that copies it into the event must
        // still get the document, not the interim 100 as the final status
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode event = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(TestFiles.bytes(TestFiles.events("http-analyze.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("headers")).put("expect", "100-continue");
        assertAnalysed(json.writeValueAsBytes(event));
    }

    private static void assertAnalysed(byte[] event) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        Response r = given().baseUri("http://localhost:" + port).contentType("application/json")
                .body(event).post("/_lambda_");
        assertEquals(200, r.statusCode(), r.asString());
        JsonNode gatewayResponse = new ObjectMapper().readTree(r.asString());
        assertEquals(200, gatewayResponse.get("statusCode").asInt(), r.asString());
        String body = gatewayResponse.get("body").asText();
        if (gatewayResponse.path("isBase64Encoded").asBoolean()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        JsonNode doc = ContractSchema.assertValid(body);
        assertEquals("en", doc.get("language").asText());
        assertEquals("2019-03-12", doc.get("publishedAt").asText());
    }
}
