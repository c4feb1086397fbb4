package dev.articleevents.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.PlantedDefectProducer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A defect of the engine over HTTP: 500 with the contract's error document, no stack trace or source in the body. */
@QuarkusTest
@TestProfile(EngineDefectHttpTest.Planted.class)
class EngineDefectHttpTest {
    public static class Planted implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(PlantedDefectProducer.class);
        }
    }

    @Test
    void anEngineDefectAnswers500WithTheErrorDocument() {
        for (String view : new String[]{"false", "true"}) {
            Response r = given().contentType("text/plain; charset=utf-8").queryParam("view", view)
                    .body("A car bomb killed 3 people in Mosul on Monday, police said.").post("/analyze");
            assertEquals(500, r.statusCode(), r.asString());
            assertEquals("application/json;charset=utf-8", r.contentType().replace(" ", "").toLowerCase());
            JsonNode doc = ContractSchema.assertValid(r.asString());
            assertEquals("internal-error", doc.get("error").get("code").asText());
            String body = r.asString();
            assertFalse(body.contains(PlantedDefectProducer.MESSAGE) || body.contains("Exception") || body.contains(".java"), body);
        }
    }
}
