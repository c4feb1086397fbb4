package dev.articleevents.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the charset of bytes that carry no BOM and are not valid UTF-8. The candidates are the legacy
 * charsets our users' archives come in: windows-1256 and ISO-8859-6 (Arabic) and windows-1252 (a superset
 * of Latin-1 for French and English). Each candidate decoding is scored by how implausible it looks: words
 * that mix Arabic and Latin letters (what a wrong Arabic code page produces), undefined bytes and C1
 * control characters. A small, dependency-free alternative to ICU's detector, which costs 15 MB.
 */
final class CharsetGuesser {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Charset> LEGACY = List.of(WINDOWS_1256, ISO_8859_6, WINDOWS_1252);

    private CharsetGuesser() {
    }

    static Optional<String> strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * UTF-16 without a BOM: one byte of each pair is nearly always a "page" byte — 0x00 for Latin text and
     * white space, 0x06 for Arabic — while the other byte varies.
     */
    static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int evenPage = 0;
        int oddPage = 0;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0 || bytes[i] == 0x06) {
                evenPage++;
            }
            if (bytes[i + 1] == 0 || bytes[i + 1] == 0x06) {
                oddPage++;
            }
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddPage > pairs * 0.9 && evenPage < pairs * 0.2 && oddZero > 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenPage > pairs * 0.9 && oddPage < pairs * 0.2 && evenZero > 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static Charset guessLegacy(byte[] bytes) {
        Charset best = WINDOWS_1252;
        double bestPenalty = Double.MAX_VALUE;
        for (Charset candidate : LEGACY) {
            String text = new String(bytes, candidate);
            double penalty = implausibility(text);
            // prefer the earlier candidate on ties, except that Latin text should not be called Arabic
            if (penalty < bestPenalty || (penalty == bestPenalty && candidate == WINDOWS_1252 && arabicShare(text) < 0.2)) {
                bestPenalty = penalty;
                best = candidate;
            }
        }
        return best;
    }

    static double implausibility(String text) {
        double penalty = 0;
        boolean wordHasArabic = false;
        boolean wordHasLatin = false;
        int latinLetters = 0;
        int latinHigh = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '\uFFFD') {
                penalty += 3;
            } else if (c >= 0x80 && c < 0xA0) {
                penalty += 2;
            }
            if (Character.isLetter(c)) {
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                    wordHasArabic = true;
                } else {
                    latinLetters++;
                    wordHasLatin = true;
                    if (c > 0x7F) {
                        latinHigh++;
                    }
                }
            } else {
                if (wordHasArabic && wordHasLatin) {
                    penalty += 5;
                }
                // French and English words are mostly ASCII; Arabic bytes read as Latin are not
                if (!wordHasArabic && latinHigh >= 2 && latinHigh * 2 > latinLetters) {
                    penalty += 3;
                }
                wordHasArabic = false;
                wordHasLatin = false;
                latinLetters = 0;
                latinHigh = 0;
            }
        }
        return penalty;
    }

    static double arabicShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
