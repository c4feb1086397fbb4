package dev.articleevents.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.local.S3EventJson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2,000 articles (1 in 100 an empty upload) through S3 → SQS-shaped batches → the function: every input ends
 * with exactly one result or error document and one notification. Counts are printed, not timed.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalAwsTestResource.class, restrictToAnnotatedClass = true)
class LoadReconciliationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PLACES = {"Mosul", "Kirkuk", "Aleppo", "Sirte", "Kabul", "Maiduguri", "Gao", "Mogadishu"};
    private static final String[] TEMPLATES = {
        "A car bomb exploded in %s on Monday, killing %d people, police said.",
        "Clashes between the army and militants near %s on Tuesday left %d fighters dead, officials said.",
        "Hundreds of protesters marched in %s on Saturday against rising prices; police said %d were arrested.",
        "Nothing happened in %s today; the market reopened and %d shops sold bread."};

    @BeforeEach
    void emptyQueue() {
        TestQueues.purgeNotifications();
    }



    @Test
    void twoThousandArticlesAreReconciled() throws Exception {
        int total = 2000;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String key = String.format("load/%04d.txt", i);
            String text = i % 100 == 99 ? "" // some empty uploads: they must end as error documents
                    : String.format(TEMPLATES[i % TEMPLATES.length], PLACES[i % PLACES.length], 2 + i % 40);
            TestQueues.uploadArticle(key, text);
            keys.add(key);
        }
        int failures = 0;
        int retried = 0;
        for (int from = 0; from < total; from += 10) {
            List<String> batch = keys.subList(from, from + 10);
            // a message reported failed is delivered again, as SQS would after its visibility timeout
            for (int attempt = 1; attempt <= 3 && !batch.isEmpty(); attempt++) {
                String prefix = "load-" + from + "-";
                Response r = LambdaInvoker.invoke(TestQueues.sqsBatch(batch, prefix));
                List<String> failed = new ArrayList<>();
                for (JsonNode f : JSON.readTree(r.asString()).get("batchItemFailures")) {
                    failed.add(batch.get(Integer.parseInt(f.get("itemIdentifier").asText().substring(prefix.length()))));
                }
                retried += attempt > 1 ? batch.size() : 0;
                batch = failed;
            }
            failures += batch.size();
        }
        List<Message> notes = TestQueues.drain(LocalAwsTestResource.queueUrl);
        Set<String> notified = new HashSet<>();
        int errors = 0;
        for (Message m : notes) {
            JsonNode n = JSON.readTree(m.body());
            notified.add(n.get("sourceKey").asText());
            errors += "error".equals(n.get("status").asText()) ? 1 : 0;
        }
        List<S3Object> results = new ArrayList<>();
        LocalAwsTestResource.aws.s3().listObjectsV2Paginator(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET).prefix("results/load/"))
                .contents().forEach(results::add);
        List<S3Object> errorDocs = new ArrayList<>();
        LocalAwsTestResource.aws.s3().listObjectsV2Paginator(b -> b.bucket(LocalAwsTestResource.RESULTS_BUCKET).prefix("errors/load/"))
                .contents().forEach(errorDocs::add);
        System.out.printf("load reconciliation: %d inputs, %d redelivered, %d still failing, %d result documents, %d error documents, "
                + "%d notifications (%d distinct inputs, %d errors)%n", total, retried, failures, results.size(), errorDocs.size(),
                notes.size(), notified.size(), errors);
        assertEquals(0, failures);
        assertEquals(total, results.size() + errorDocs.size());
        assertEquals(total / 100, errorDocs.size());
        assertEquals(total, notes.size(), "a failed delivery sends no notification, so one per input");
        assertEquals(total, notified.size());
        assertTrue(notified.containsAll(keys));
    }
}
