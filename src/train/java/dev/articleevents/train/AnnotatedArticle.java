package dev.articleevents.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleevents.core.decode.TextDecoder;
import dev.articleevents.core.language.LanguageIdentifier;
import dev.articleevents.core.language.Token;
import dev.articleevents.core.language.Tokenizer;
import dev.articleevents.core.structure.ArticleDocument;
import dev.articleevents.core.structure.ArticleStructurer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An annotated article of ../shared/eval (eval/FORMAT.md): its id, its text file and its gold annotation. */
record AnnotatedArticle(String id, Path text, JsonNode gold) {
    /** Every article of the folder that has both its text and its gold file, in file-name order (the folds depend on it). */
    static List<AnnotatedArticle> readAll(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<AnnotatedArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                String id = gold.getFileName().toString().replace(".gold.json", "");
                Path text = gold.resolveSibling(id + ".txt");
                if (Files.exists(text)) {
                    out.add(new AnnotatedArticle(id, text, json.readTree(gold.toFile())));
                }
            }
        }
        return out;
    }

    /** The article as the engine reads it: decoded, structured, tokenized, its language identified, dated by the gold's publishedAt. */
    ArticleDocument document() throws IOException {
        String decoded = new TextDecoder().decode(Files.readAllBytes(text), "text/plain").text();
        List<Token> tokens = Tokenizer.tokenize(decoded);
        String published = gold.path("publishedAt").asText(null);
        return new ArticleDocument(new ArticleStructurer().structure(decoded), tokens, new LanguageIdentifier().identify(decoded, tokens),
                published == null ? null : LocalDate.parse(published.substring(0, 10)));
    }
}
