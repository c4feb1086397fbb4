package dev.articleevents.core;

import dev.articleevents.core.model.ArticleAnalysis;
import dev.articleevents.core.model.ErrorInfo;
import dev.articleevents.core.model.SourceInfo;

import java.util.List;

/**
 * The contract's error document: the same shape as every other answer, so that a client reads one document
 * whatever happened — an input the analyzer rejects, an object that cannot be read, a request refused before
 * analysis (a bad parameter, a method or media type the endpoint does not take, a body over the limit).
 */
public final class ErrorDocuments {
    private ErrorDocuments() {
    }

    /** The error document for what {@code source} describes. */
    public static ArticleAnalysis of(SourceInfo source, String code, String message) {
        return ArticleAnalysis.failure(source, new ErrorInfo(code, message), List.of(), EngineInfo.ENGINE);
    }

    /** @param body what was received (may be empty), described in {@code source} by size and hash */
    public static ArticleAnalysis refused(String code, String message, byte[] body, String contentType) {
        byte[] bytes = body == null ? new byte[0] : body;
        return of(new SourceInfo(null, null, null, null, bytes.length, contentType, ContentHash.sha256(bytes)), code, message);
    }

    /** As {@link #refused(String, String, byte[], String)} when only the size of the body is known. */
    public static ArticleAnalysis refused(String code, String message, long size, String contentType) {
        return of(new SourceInfo(null, null, null, null, size, contentType, null), code, message);
    }
}
