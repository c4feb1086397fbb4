package dev.articleevents.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /analyze as a client calls it (through API Gateway in production, the mock event server here). */
@QuarkusTest
class AnalyzeResourceTest {

    @Test
    void seedAsPlainTextReturnsContractJson() {
        Response r = given().contentType("text/plain; charset=utf-8").body(TestFiles.seed())
                .queryParam("publishedAt", "2016-08-02").post("/analyze");
        assertEquals(200, r.statusCode(), r.asString());
        JsonNode doc = ContractSchema.assertValid(r.asString());
        assertEquals("ar", doc.get("language").asText());
        assertEquals("2016-08-02", doc.get("publishedAt").asText());
        assertTrue(doc.get("source").get("bucket").isNull());
        assertTrue(doc.get("summary").get("text").asText().contains("بنغازي"));
    }

    @Test
    void viewTrueAddsTheDecodedTextAndTheEvidenceMarksToTheSameDocument() {
        Response plain = given().contentType("text/plain; charset=utf-8").body(TestFiles.seed())
                .queryParam("publishedAt", "2016-08-02").post("/analyze");
        Response viewed = given().contentType("text/plain; charset=utf-8").body(TestFiles.seed())
                .queryParam("publishedAt", "2016-08-02").queryParam("view", "true").post("/analyze");
        assertEquals(200, viewed.statusCode(), viewed.asString());
        JsonNode doc = ContractSchema.assertValid(viewed.asString());
        JsonNode view = doc.get("view");
        assertEquals(new String(TestFiles.seed(), StandardCharsets.UTF_8), view.get("text").asText());
        assertTrue(view.get("marks").size() > 10, view.get("marks").toString());
        assertTrue(view.get("blocks").size() > 10);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).remove("view");
        assertEquals(ContractSchema.assertValid(plain.asString()), doc, "the contract fields are the same with or without the view");
    }

    @Test
    void htmlBodyIsReducedToArticleText() {
        String html = "<html><head><title>Clashes</title><script>var x = 'Paris';</script></head><body>"
                + "<nav>Home | World</nav><article><h1>Clashes in the north</h1>"
                + "<p>Fighting broke out on Monday between the army and rebels near the town, officials said.</p>"
                + "<p>The clashes continued for several hours, according to residents of the area.</p></article></body></html>";
        Response r = given().contentType("text/html; charset=utf-8").body(html).post("/analyze");
        assertEquals(200, r.statusCode(), r.asString());
        JsonNode doc = ContractSchema.assertValid(r.asString());
        assertEquals("en", doc.get("language").asText());
        assertEquals("Clashes in the north", doc.get("title").asText());
        assertTrue(!r.asString().contains("var x"), "script text must not reach the analysis");
    }

    @Test
    void legacyArabicBytesAsOctetStream() {
        byte[] cp1256 = new String(TestFiles.seed(), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1256"));
        Response r = given().contentType("application/octet-stream").body(cp1256).post("/analyze");
        assertEquals(200, r.statusCode(), r.asString());
        JsonNode doc = ContractSchema.assertValid(r.asString());
        assertEquals("ar", doc.get("language").asText(), r.asString());
        assertTrue(doc.get("warnings").toString().contains("windows-1256"), doc.get("warnings").toString());
    }

    @Test
    void emptyBodyAnswers422WithAnErrorDocument() {
        Response r = given().contentType("text/plain").body(new byte[0]).post("/analyze");
        assertEquals(422, r.statusCode(), r.asString());
        JsonNode doc = ContractSchema.assertValid(r.asString());
        assertEquals("empty-object", doc.get("error").get("code").asText());
    }

    @Test
    void unparseablePublishedAtIs400WithAnErrorDocument() {
        // the S3 path keeps a warning (no one to answer there); over HTTP the caller can fix the request
        Response r = given().contentType("text/plain").body("Protesters marched in Paris on Saturday against the reform, police said.")
                .queryParam("publishedAt", "yesterday").post("/analyze");
        assertEquals(400, r.statusCode(), r.asString());
        JsonNode doc = ContractSchema.assertValid(r.asString());
        assertEquals("invalid-published-at", doc.get("error").get("code").asText());
        assertTrue(doc.get("error").get("message").asText().contains("yesterday"));
    }

    @Test
    void healthAndOpenApi() {
        given().get("/q/health").then().statusCode(200).body(containsString("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/analyze"));
    }
}
