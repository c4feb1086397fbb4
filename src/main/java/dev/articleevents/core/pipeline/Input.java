package dev.articleevents.core.pipeline;

import dev.articleevents.core.model.ArticleMeta;

/** The layers every analysis starts from, written by the caller before the first stage. */
public final class Input {
    /** The object's bytes as stored (never null: an absent body is empty). */
    public static final Layer<byte[]> BYTES = Layer.named("bytes");
    /** What the caller knows of them: bucket, key, content type, publication date. */
    public static final Layer<ArticleMeta> META = Layer.named("meta");

    private Input() {
    }
}
