package dev.articleevents.core.language;

import java.util.List;

/** Maps character offsets to token positions (tokens are in text order). */
public final class TokenIndex {
    private TokenIndex() {
    }

    /** Index of the first token starting at or after the offset (tokens.size() if none). */
    public static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
