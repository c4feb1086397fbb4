package dev.articleevents.core.decode;

import dev.articleevents.core.model.ArticleMeta;
import dev.articleevents.core.pipeline.Doc;
import dev.articleevents.core.pipeline.Input;
import dev.articleevents.core.pipeline.InputRejectedException;
import dev.articleevents.core.pipeline.Layer;
import dev.articleevents.core.pipeline.DeclaredStage;

import java.util.List;

/** Bytes → text, or the refusal of bytes that are no text: empty, a binary format, white space only. */
public final class DecodeStage extends DeclaredStage {
    public static final Layer<DecodedText> DECODED = Layer.named("decoded");
    /** The decoded text every later offset counts in. */
    public static final Layer<String> TEXT = Layer.named("text");

    private final TextDecoder decoder = new TextDecoder();

    public DecodeStage() {
        super("decode",
                "charset and HTML to text; empty, binary and blank objects refused.",
                List.of(Input.BYTES, Input.META), List.of(DECODED, TEXT));
    }

    @Override
    public void annotate(Doc doc) {
        byte[] bytes = doc.get(Input.BYTES);
        ArticleMeta meta = doc.get(Input.META);
        if (bytes.length == 0) {
            throw new InputRejectedException("empty-object", "the object is empty (0 bytes)");
        }
        BinarySniffer.binaryFormat(bytes).ifPresent(format -> {
            throw new InputRejectedException("unsupported-format",
                    "the object looks like " + format + ", not text or HTML; convert it to text first");
        });
        DecodedText decoded = decoder.decode(bytes, meta.contentType());
        if (isBlank(decoded.text())) {
            throw new InputRejectedException("no-text", "the object holds no text (only white space"
                    + (decoded.html() ? " once the HTML markup is removed)" : ")"));
        }
        decoded.warnings().forEach(doc::warn);
        doc.put(DECODED, decoded);
        doc.put(TEXT, decoded.text());
    }

    /** Blank in the Unicode sense: no-break spaces and byte order marks count as white space too. */
    private static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B');
    }
}
