package dev.articleevents.core.decode;

/**
 * How much of a byte sequence is well-formed UTF-8: the multi-byte characters it holds and the malformed
 * sequences between them (a stray byte, a character cut off at the end). A text saved in UTF-8 and then
 * damaged keeps hundreds of good multi-byte characters per bad byte; a text in a legacy code page has
 * almost none, because its high bytes rarely happen to form a lead byte followed by continuation bytes.
 */
record Utf8Damage(int multiByteCharacters, int malformedSequences) {
    /** Good characters per malformed sequence above which the bytes are UTF-8 that was damaged. */
    static final int MIN_GOOD_PER_BAD = 20;
    /** Fewer good characters than this say too little to tell damage from a legacy code page. */
    static final int MIN_GOOD = 16;

    static Utf8Damage of(byte[] bytes) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                good++;
                i += length;
            } else {
                bad++;
                i++;
                // the continuation bytes of a broken character belong to the same damage
                while (i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
                    i++;
                }
            }
        }
        return new Utf8Damage(good, bad);
    }

    /** The length of the well-formed multi-byte character at {@code i} (RFC 3629's table), or 0. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            secondMin = b == 0xE0 ? 0xA0 : 0x80;
            secondMax = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            secondMin = b == 0xF0 ? 0x90 : 0x80;
            secondMax = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    boolean isDamagedUtf8() {
        return malformedSequences > 0 && multiByteCharacters >= MIN_GOOD
                && multiByteCharacters >= (long) MIN_GOOD_PER_BAD * malformedSequences;
    }
}
