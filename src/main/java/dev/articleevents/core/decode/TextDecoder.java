package dev.articleevents.core.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bytes → text. Order of evidence: a BOM; strict UTF-8; UTF-8 with a few damaged sequences among many good
 * ones ({@link Utf8Damage}); the charset the caller declared (content type or an HTML meta tag); UTF-16
 * without BOM; a guess among the legacy Arabic and Latin code pages. Everything that
 * was not certain becomes a warning. HTML is reduced to article text with jsoup.
 */
public final class TextDecoder {
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SNIFF = Pattern.compile("^\\s*(<!doctype html|<html|<head|<body|<meta|<title|<article|<div|<p[ >])",
            Pattern.CASE_INSENSITIVE);

    public DecodedText decode(byte[] bytes, String contentType) {
        List<String> warnings = new ArrayList<>();
        Read read = byByteOrderMark(bytes, warnings).orElseGet(() -> withoutByteOrderMark(bytes, contentType, warnings));
        String text = read.text();
        boolean html = isHtml(contentType, text);
        if (html) {
            text = HtmlText.extract(text);
            warnings.add("HTML reduced to article text; offsets refer to that text");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new DecodedText(text, read.charset(), html, List.copyOf(warnings));
    }

    /** The text and the name of the charset it was read in. */
    private record Read(String charset, String text) {
    }

    private static Optional<Read> byByteOrderMark(byte[] bytes, List<String> warnings) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Read("UTF-8", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            warnings.add("decoded as UTF-16LE (byte order mark)");
            return Optional.of(new Read("UTF-16LE", new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            warnings.add("decoded as UTF-16BE (byte order mark)");
            return Optional.of(new Read("UTF-16BE", new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)));
        }
        return Optional.empty();
    }

    private static Read withoutByteOrderMark(byte[] bytes, String contentType, List<String> warnings) {
        Optional<Charset> utf16 = CharsetGuesser.utf16WithoutBom(bytes);
        Optional<String> utf8 = utf16.isPresent()
                ? Optional.empty() : CharsetGuesser.strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Read("UTF-8", utf8.get());
        }
        Utf8Damage damage = utf16.isPresent() ? null : Utf8Damage.of(bytes);
        if (damage != null && damage.isDamagedUtf8()) {
            // one stray byte must not turn a UTF-8 article into code-page mojibake
            warnings.add("decoded as UTF-8 with " + damage.malformedSequences() + " invalid byte sequence"
                    + (damage.malformedSequences() == 1 ? "" : "s") + " replaced by U+FFFD ("
                    + damage.multiByteCharacters() + " valid multi-byte characters)");
            return new Read("UTF-8", new String(bytes, StandardCharsets.UTF_8));
        }
        Charset chosen = chooseCharset(bytes, contentType, utf16, warnings);
        return new Read(chosen.name(), new String(bytes, chosen));
    }

    /** Not UTF-8: the declared charset unless the bytes clearly disagree, else UTF-16 without its mark, else a guess. */
    private static Charset chooseCharset(byte[] bytes, String contentType, Optional<Charset> utf16, List<String> warnings) {
        Optional<Charset> declared = declaredCharset(contentType, bytes);
        boolean declaredUtf8 = declared.filter(StandardCharsets.UTF_8::equals).isPresent();
        Charset chosen = declared.filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(null);
        if (chosen != null) {
            Charset guessed = CharsetGuesser.guessLegacy(bytes);
            // a wrong label is common (servers default to Latin-1): trust the bytes when they disagree clearly
            if (!guessed.equals(chosen) && CharsetGuesser.implausibility(new String(bytes, chosen))
                    > 2 * CharsetGuesser.implausibility(new String(bytes, guessed)) + 10) {
                warnings.add("decoded as " + guessed.name() + " (guessed; the declared " + chosen.name()
                        + " gives implausible text)");
                return guessed;
            }
            warnings.add("decoded as " + chosen.name() + " (declared by the sender; not valid UTF-8)");
            return chosen;
        }
        if (utf16.isPresent()) {
            warnings.add("decoded as " + utf16.get().name() + " (guessed: UTF-16 without byte order mark)");
            return utf16.get();
        }
        chosen = CharsetGuesser.guessLegacy(bytes);
        warnings.add("decoded as " + chosen.name() + (declaredUtf8
                ? " (guessed: the sender declared UTF-8, but the bytes are not valid UTF-8)"
                : " (guessed: not valid UTF-8 and no charset declared)"));
        return chosen;
    }

    private static boolean isHtml(String contentType, String text) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.startsWith("text/html") || ct.startsWith("application/xhtml")) {
                return true;
            }
        }
        return HTML_SNIFF.matcher(text.length() > 512 ? text.substring(0, 512) : text).find();
    }

    private static Optional<Charset> declaredCharset(String contentType, byte[] bytes) {
        boolean binaryType = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/octet-stream");
        Optional<Charset> fromType = binaryType ? Optional.empty() : charsetIn(contentType);
        if (fromType.isPresent()) {
            return fromType;
        }
        // an HTML meta tag is ASCII, whatever the page's charset
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        if (head.toLowerCase(Locale.ROOT).contains("<meta")) {
            return charsetIn(head);
        }
        return Optional.empty();
    }

    private static Optional<Charset> charsetIn(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET_PARAM.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
