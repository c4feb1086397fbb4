package dev.articleevents.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.json.AnalysisJson;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.PrintStream;

/**
 * Metrics in CloudWatch Embedded Metric Format: one JSON line per processed object on standard output,
 * which Lambda ships to CloudWatch Logs and CloudWatch turns into metrics (namespace ArticleEvents,
 * dimension Outcome = "ok" or the error code): Articles, Events, Bytes, DurationMs. No article text.
 */
@ApplicationScoped
public class MetricsEmitter {
    static final String NAMESPACE = "ArticleEvents";
    private final PrintStream out;

    public MetricsEmitter() {
        this(System.out);
    }

    MetricsEmitter(PrintStream out) {
        this.out = out;
    }

    public void processed(String outcome, int events, long bytes, long durationMs, String requestId) {
        out.println(line(outcome, events, bytes, durationMs, requestId, System.currentTimeMillis()));
    }

    static String line(String outcome, int events, long bytes, long durationMs, String requestId, long timestamp) {
        ObjectNode root = AnalysisJson.mapper().createObjectNode();
        ObjectNode aws = root.putObject("_aws");
        aws.put("Timestamp", timestamp);
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("Outcome");
        ArrayNode metrics = directive.putArray("Metrics");
        metrics.addObject().put("Name", "Articles").put("Unit", "Count");
        metrics.addObject().put("Name", "Events").put("Unit", "Count");
        metrics.addObject().put("Name", "Bytes").put("Unit", "Bytes");
        metrics.addObject().put("Name", "DurationMs").put("Unit", "Milliseconds");
        root.put("Outcome", outcome);
        root.put("Articles", 1);
        root.put("Events", events);
        root.put("Bytes", bytes);
        root.put("DurationMs", durationMs);
        if (requestId != null) {
            root.put("requestId", requestId);
        }
        try {
            return AnalysisJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
