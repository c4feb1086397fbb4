package dev.articleevents.core.decode;

import java.util.List;

/**
 * The text the analysis reads, and how it was obtained. Every offset in the output points into {@link #text()}.
 *
 * @param charset  the charset the bytes were read with
 * @param html     whether the bytes were HTML (the text is then the extracted article body)
 * @param warnings what was guessed, in words a user can act on
 */
public record DecodedText(String text, String charset, boolean html, List<String> warnings) {
}
