package dev.articleevents.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsEmitterTest {
    @Test
    void embeddedMetricFormatLine() throws Exception {
        JsonNode line = new ObjectMapper().readTree(MetricsEmitter.line("too-large", 0, 11_000_000, 12, "msg-1", 1_700_000_000_000L));
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals(1_700_000_000_000L, line.get("_aws").get("Timestamp").asLong());
        assertEquals("ArticleEvents", directive.get("Namespace").asText());
        assertEquals("Outcome", directive.get("Dimensions").get(0).get(0).asText());
        // every metric declared has a value at the root, as EMF requires
        for (JsonNode m : directive.get("Metrics")) {
            assertEquals(true, line.has(m.get("Name").asText()), m.toString());
        }
        assertEquals("too-large", line.get("Outcome").asText());
        assertEquals(12, line.get("DurationMs").asInt());
        assertEquals("msg-1", line.get("requestId").asText());
    }
}
