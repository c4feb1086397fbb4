package dev.articleevents.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.language.SentenceSplitter;
import dev.articleevents.core.model.Span;
import dev.articleevents.core.structure.Article;
import dev.articleevents.core.structure.ArticleStructurer;
import dev.articleevents.core.structure.Block;
import dev.articleevents.core.structure.BlockKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation's summary checks. Lead-3, the baseline: the first three sentences of the text after its
 * first line (the title in the evaluation files), cut at line breaks and sentence punctuation — what a
 * reader of the raw file sees first, photo captions included. And the share of our summaries that contain
 * a caption, a heading or a source line (must be 0).
 */
final class SummaryBaseline {
    private final ArticleStructurer structurer = new ArticleStructurer();

    private SummaryBaseline() {
    }

    static SummaryBaseline create() {
        return new SummaryBaseline();
    }

    static String lead3(String text) {
        List<String> sentences = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        int offset = 0;
        for (int i = 0; i < lines.length && sentences.size() < 3; i++) {
            String line = lines[i];
            if (i > 0 && !line.isBlank()) {
                for (Span s : SentenceSplitter.split(line, new Span(0, line.length()))) {
                    if (sentences.size() < 3) {
                        sentences.add(line.substring(s.start(), s.end()));
                    }
                }
            }
            offset += line.length() + 1;
        }
        return String.join(" ", sentences);
    }

    /** Writes a copy of each document with the Lead-3 summary, for scoring the baseline with the same scorer. */
    static void writeLead3(Path document, String articleText, Path outDir) throws IOException {
        ObjectNode doc = (ObjectNode) AnalysisJson.mapper().readTree(document.toFile());
        if (doc.has("summary") && doc.get("summary").isObject()) {
            ((ObjectNode) doc.get("summary")).put("text", lead3(articleText));
        }
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(document.getFileName()), AnalysisJson.mapper().writeValueAsString(doc), StandardCharsets.UTF_8);
    }

    /** Whether the summary contains any caption, heading or source line of the article. */
    boolean containsNonNews(String articleText, String summary) {
        if (summary == null || summary.isBlank()) {
            return false;
        }
        Article a = structurer.structure(articleText.replace("\r\n", "\n"));
        for (Block b : a.blocks()) {
            boolean nonNews = b.kind() == BlockKind.CAPTION || b.kind() == BlockKind.SOURCE_LINE || b.kind() == BlockKind.HEADING;
            if (nonNews && summary.contains(a.textOf(b.span()))) {
                return true;
            }
        }
        return false;
    }
}
