package dev.articleevents.core;

import dev.articleevents.core.resource.TsvResource;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A sample article of one language the engine reads ({@value #RESOURCE}), analysed once by
 * {@link ArticleAnalyzer#prime()} so that each language's path through every stage is loaded and compiled.
 */
public record PrimingSample(String language, String text) {
    static final String RESOURCE = "priming/samples.tsv";

    /** The samples in file order; "\n" in a text is a line break. */
    public static List<PrimingSample> all() {
        return TsvResource.rows(RESOURCE, 2).stream().map(r -> new PrimingSample(r[0], r[1].replace("\\n", "\n"))).toList();
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
