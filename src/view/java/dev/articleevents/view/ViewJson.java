package dev.articleevents.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleevents.core.json.AnalysisJson;
import dev.articleevents.core.model.ArticleAnalysis;

import java.io.UncheckedIOException;

/**
 * The contract document with one field added, {@code view} (decoded text, blocks, marks; null for an error
 * document). Every contract field is written exactly as {@link AnalysisJson} writes it.
 */
public final class ViewJson {
    private ViewJson() {
    }

    public static ObjectNode tree(ArticleAnalysis analysis, ArticleView view) {
        ObjectNode node = AnalysisJson.mapper().valueToTree(analysis);
        node.set("view", AnalysisJson.mapper().valueToTree(view));
        return node;
    }

    public static String write(ArticleAnalysis analysis, ArticleView view) {
        try {
            return AnalysisJson.mapper().writeValueAsString(tree(analysis, view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
