package dev.articleevents.core.language;

import java.util.List;
import java.util.function.ToIntFunction;

/** Maps character offsets to token positions (tokens are in text order), and the like for other sorted lists. */
public final class TokenIndex {
    private TokenIndex() {
    }

    /** Index of the first token starting at or after the offset (tokens.size() if none). */
    public static int firstAtOrAfter(List<Token> tokens, int offset) {
        return firstAtOrAfter(tokens, Token::start, offset);
    }

    /** Index of the first element whose key is at least {@code value}, in a list sorted by that key (size() if none). */
    public static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> key, int value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
