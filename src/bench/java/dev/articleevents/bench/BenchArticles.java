package dev.articleevents.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.core.model.ArticleMeta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark inputs: the seed article and the evaluation articles of {@code ../shared/eval/{ar,en,fr}}.
 * Of a gold file only {@code publishedAt} is used. Paths: system properties {@code bench.seed} and
 * {@code bench.eval} (defaults relative to the project directory, where ./bench runs).
 */
public final class BenchArticles {
    public static final String SEED_PUBLISHED_AT = "2016-08-02";
    public static final List<String> LANGS = List.of("ar", "en", "fr");

    /** One input: bytes as read from disk, the metadata the analyzer gets. */
    public record Article(String id, String lang, byte[] bytes, ArticleMeta meta) {
    }

    private BenchArticles() {
    }

    public static Path seedPath() {
        return Path.of(System.getProperty("bench.seed", "events/articles/000_ec3e5877bfe64987.txt"));
    }

    public static Path evalDir() {
        return Path.of(System.getProperty("bench.eval", "../shared/eval"));
    }

    public static Article seed() {
        try {
            return new Article("seed", "ar", Files.readAllBytes(seedPath()),
                    ArticleMeta.of("text/plain", SEED_PUBLISHED_AT));
        } catch (IOException e) {
            throw new UncheckedIOException("seed article " + seedPath().toAbsolutePath(), e);
        }
    }

    /** The evaluation articles of one language ("ar", "en", "fr") or of all ("all"), sorted by id. */
    public static List<Article> eval(String lang) {
        List<Article> out = new ArrayList<>();
        for (String l : LANGS) {
            if (lang.equals("all") || lang.equals(l)) {
                out.addAll(evalOf(l));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no evaluation articles for '" + lang + "' under " + evalDir().toAbsolutePath());
        }
        return out;
    }

    private static List<Article> evalOf(String lang) {
        Path dir = evalDir().resolve(lang);
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<Article> out = new ArrayList<>();
            for (Path text : texts) {
                String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path gold = dir.resolve(id + ".gold.json");
                String publishedAt = Files.exists(gold) ? json.readTree(gold.toFile()).path("publishedAt").asText(null) : null;
                out.add(new Article(id, lang, Files.readAllBytes(text), ArticleMeta.of("text/plain", publishedAt)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("evaluation articles under " + dir.toAbsolutePath(), e);
        }
    }

    /**
     * An article of about {@code bytes} bytes: copies of the seed, each line of copy k ending in " k". The
     * copies differ, so their lines are not taken for repeated photo captions, and the text keeps the seed's
     * density of places, figures and event words however long it gets.
     */
    public static Article repeatedSeed(int bytes) {
        String seed = new String(seed().bytes(), java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int size = 0;
        for (int k = 0; size < bytes; k++) {
            StringBuilder copy = new StringBuilder();
            for (String line : seed.split("\n", -1)) {
                copy.append(line.isBlank() ? line : line + " " + k).append('\n');
            }
            copy.append('\n');
            out.append(copy);
            size += copy.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return new Article("seed x " + bytes, "ar", out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ArticleMeta.of("text/plain", SEED_PUBLISHED_AT));
    }

    /**
     * An article of about {@code bytes} bytes of English news prose: the English evaluation articles, one after
     * the other, over again until the size is reached — many different paragraphs, places and figures, as a long
     * English file would have, rather than one short article's.
     */
    public static Article repeatedEnglish(int bytes) {
        List<Article> english = evalOf("en");
        StringBuilder out = new StringBuilder();
        int size = 0;
        for (int k = 0; size < bytes; k++) {
            String text = new String(english.get(k % english.size()).bytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n\n";
            out.append(text);
            size += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return new Article("english x " + bytes, "en", out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ArticleMeta.of("text/plain", english.get(0).meta().publishedAt()));
    }

    /** The size series' inputs: {@code seed} ({@link #repeatedSeed}) or {@code english} ({@link #repeatedEnglish}). */
    public static Article ofSize(String recipe, int bytes) {
        return switch (recipe) {
            case "seed" -> repeatedSeed(bytes);
            case "english" -> repeatedEnglish(bytes);
            default -> throw new IllegalArgumentException("unknown size recipe " + recipe + " (seed, english)");
        };
    }

    public static long totalBytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.bytes().length).sum();
    }
}
