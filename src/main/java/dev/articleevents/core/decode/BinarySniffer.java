package dev.articleevents.core.decode;

import java.util.Optional;

/**
 * Recognises files that are not text (people drop PDFs and images into the bucket by mistake): known
 * magic numbers first, then control bytes that no text encoding we read would produce.
 */
public final class BinarySniffer {
    private BinarySniffer() {
    }

    /** The name of the binary format, or empty when the bytes may be text. */
    public static Optional<String> binaryFormat(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return Optional.of("PDF");
        }
        if (startsWith(b, "\u0089PNG")) {
            return Optional.of("PNG");
        }
        if (startsWith(b, "PK\u0003\u0004") || startsWith(b, "PK\u0005\u0006")) {
            return Optional.of("ZIP (or an Office document)");
        }
        if (startsWith(b, "\u00FF\u00D8\u00FF")) {
            return Optional.of("JPEG");
        }
        if (startsWith(b, "GIF8")) {
            return Optional.of("GIF");
        }
        if (startsWith(b, "\u001F\u008B")) {
            return Optional.of("gzip");
        }
        if (CharsetGuesser.utf16WithoutBom(b).isPresent() || startsWith(b, "\u00FF\u00FE") || startsWith(b, "\u00FE\u00FF")) {
            return Optional.empty();
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control > n * 0.02 ? Optional.of("unknown binary") : Optional.empty();
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
