package dev.articleevents.core;

import dev.articleevents.core.pipeline.AnalysisDeadline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.testing.ContractSchema;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: the engine answers every input with a valid contract document and never with
 * {@value ArticleAnalyzer#INTERNAL_ERROR}. Inputs: every article of ../shared/eval and ../shared/eval-check,
 * each with its own date, no date, a random date, and randomly cut, doubled and byte-flipped (fixed seed, so a
 * failure repeats; the seed is in the message).
 */
class EngineRobustnessTest {
    private static final long SEED = 20261206L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private record Variant(String name, byte[] bytes, String publishedAt) {
    }

    @Test
    void everyAnnotatedArticleAndItsMutationsGetsAnAnswer() throws IOException {
        List<Path> articles = new ArrayList<>();
        for (String set : List.of("eval", "eval-check")) {
            try (Stream<Path> files = Files.walk(TestFiles.shared().resolve(set))) {
                files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().forEach(articles::add);
            }
        }
        assertTrue(articles.size() >= 500, "expected the annotated articles beside the clone, found " + articles.size());
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int analysed = 0;
        for (Path article : articles) {
            for (Variant v : variants(article, random)) {
                String failure = check(v);
                analysed++;
                if (failure != null) {
                    failures.add(article.getFileName() + " [" + v.name() + "]: " + failure);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + analysed + " analyses (seed " + SEED + ") got no proper answer:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    private static List<Variant> variants(Path article, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(article);
        String published = publishedAt(article);
        int a = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        int b = a + (bytes.length - a == 0 ? 0 : random.nextInt(bytes.length - a + 1));
        byte[] doubled = Arrays.copyOf(bytes, bytes.length * 2);
        System.arraycopy(bytes, 0, doubled, bytes.length, bytes.length);
        byte[] flipped = bytes.clone();
        for (int k = 0; k < Math.max(1, flipped.length / 200) && flipped.length > 0; k++) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
        }
        LocalDate randomDay = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 366));
        return List.of(new Variant("own date", bytes, published), new Variant("no date", bytes, null),
                new Variant("date " + randomDay, bytes, randomDay.toString()),
                new Variant("bytes " + a + ".." + b + ", no date", Arrays.copyOfRange(bytes, a, b), null),
                new Variant("doubled", doubled, published), new Variant("flipped, no date", flipped, null));
    }

    /** @return null when the answer is a valid document and not an internal error, else what was wrong */
    private static String check(Variant v) {
        String contentType = v.bytes().length > 0 && v.bytes()[0] == '<' ? "text/html" : "text/plain";
        InspectedArticle inspected = analyzer.inspect(v.bytes(), ArticleMeta.of(contentType, v.publishedAt()), AnalysisDeadline.none());
        if (inspected.failure() != null) {
            StringWriter trace = new StringWriter();
            inspected.failure().printStackTrace(new PrintWriter(trace));
            return trace.toString().lines().limit(6).reduce((x, y) -> x + "\n  " + y).orElse("");
        }
        var violations = ContractSchema.violations(AnalysisJson.write(inspected.analysis()));
        return violations.isEmpty() ? null : "schema: " + violations;
    }

    private static String publishedAt(Path article) throws IOException {
        String name = article.getFileName().toString();
        Path gold = article.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
        if (!Files.exists(gold)) {
            return null;
        }
        JsonNode publishedAt = JSON.readTree(gold.toFile()).path("publishedAt");
        return publishedAt.isTextual() ? publishedAt.asText() : null;
    }
}
