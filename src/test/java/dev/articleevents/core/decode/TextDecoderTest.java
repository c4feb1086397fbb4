package dev.articleevents.core.decode;

import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static final String SEED = new String(TestFiles.seed(), StandardCharsets.UTF_8);
    private static final String FRENCH = "Des manifestants ont été dispersés à Niamey samedi ; l'armée a déployé des véhicules près du marché. Élèves et ouvriers étaient là.";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8WithoutWarnings() {
        DecodedText d = decoder.decode(TestFiles.seed(), "text/plain");
        assertEquals(SEED.replace("\r\n", "\n"), d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void byteOrderMarksAreHonouredAndRemoved() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Hello".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Hello", decoder.decode(withBom, null).text());
        assertEquals("مرحبا بكم", decoder.decode("\uFEFFمرحبا بكم".getBytes(StandardCharsets.UTF_16LE), null).text());
        assertEquals("UTF-16LE", decoder.decode("\uFEFFمرحبا بكم".getBytes(StandardCharsets.UTF_16LE), null).charset());
    }

    @Test
    void utf16WithoutBomIsRecognised() {
        DecodedText d = decoder.decode(SEED.substring(0, 400).getBytes(StandardCharsets.UTF_16BE), null);
        assertEquals(SEED.substring(0, 400).replace("\r\n", "\n"), d.text());
        assertTrue(d.warnings().get(0).contains("UTF-16BE"));
    }

    @Test
    void windows1256ArabicIsGuessedAndSaid() {
        DecodedText d = decoder.decode(SEED.getBytes(Charset.forName("windows-1256")), null);
        assertEquals("windows-1256", d.charset());
        assertTrue(d.text().contains("بنغازي"));
        assertTrue(d.warnings().get(0).contains("windows-1256"), d.warnings().toString());
    }

    @Test
    void legacyBytesLabelledUtf8AreGuessedAndTheWarningSaysWhatWasDeclared() {
        DecodedText d = decoder.decode(SEED.getBytes(Charset.forName("windows-1256")), "text/plain; charset=utf-8");
        assertEquals("windows-1256", d.charset());
        assertTrue(d.text().contains("بنغازي"));
        String warning = d.warnings().get(0);
        assertTrue(warning.contains("declared UTF-8") && !warning.contains("no charset declared"), warning);
    }

    @Test
    void iso88596ArabicIsGuessed() {
        String text = SEED.replace("؟", "?");
        DecodedText d = decoder.decode(text.substring(0, 1500).getBytes(Charset.forName("ISO-8859-6")), null);
        assertEquals("ISO-8859-6", d.charset());
        assertTrue(d.text().contains("بنغازي"));
    }

    @Test
    void shortLegacyArabicSnippet() {
        DecodedText d = decoder.decode("قتل 23 شخصا في بنغازي".getBytes(Charset.forName("windows-1256")), null);
        assertEquals("قتل 23 شخصا في بنغازي", d.text());
    }

    @Test
    void latin1FrenchIsGuessedAsWindows1252() {
        DecodedText d = decoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals(FRENCH, d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void declaredCharsetWinsOverGuessing() {
        DecodedText d = decoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=ISO-8859-1");
        assertEquals(FRENCH, d.text());
        assertTrue(d.warnings().get(0).contains("declared"));
    }

    @Test
    void aWrongLatinLabelOnArabicBytesIsOverruled() {
        DecodedText d = decoder.decode(SEED.getBytes(Charset.forName("windows-1256")), "text/plain; charset=ISO-8859-1");
        assertEquals("windows-1256", d.charset());
        assertTrue(d.warnings().get(0).contains("implausible"), d.warnings().toString());
    }

    @Test
    void htmlKeepsTheArticleAndDropsScriptsAndNavigation() {
        String html = "<!DOCTYPE html><html><head><title>Site | News</title><style>p{}</style></head><body>"
                + "<nav><a>Home</a><a>Sport</a></nav><script>track('Paris')</script>"
                + "<article><h1>Blast kills five</h1><p>A bomb exploded in the city on Monday.</p>"
                + "<p>Police said five people were killed.</p><aside>Related: other news</aside></article>"
                + "<footer>© 2024</footer></body></html>";
        DecodedText d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html");
        assertTrue(d.html());
        assertEquals("Blast kills five\n\nA bomb exploded in the city on Monday.\n\nPolice said five people were killed.", d.text());
        assertFalse(d.text().contains("track"));
        assertFalse(d.text().contains("Related"));
    }

    @Test
    void htmlMetaCharsetIsRead() {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>قتل خمسة أشخاص في هجوم.</p></body></html>";
        DecodedText d = decoder.decode(html.getBytes(Charset.forName("windows-1256")), null);
        assertEquals("قتل خمسة أشخاص في هجوم.", d.text());
    }

    @Test
    void binaryFormatsAreRecognised() {
        assertEquals("PDF", BinarySniffer.binaryFormat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
        assertEquals("PNG", BinarySniffer.binaryFormat(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).orElseThrow());
        assertTrue(BinarySniffer.binaryFormat(new byte[]{'P', 'K', 3, 4, 20, 0}).orElseThrow().startsWith("ZIP"));
        assertTrue(BinarySniffer.binaryFormat(SEED.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(BinarySniffer.binaryFormat(SEED.substring(0, 300).getBytes(StandardCharsets.UTF_16LE)).isEmpty());
    }

    // ---- damaged UTF-8 (issue 14, item 3): a few bad bytes among many good characters stay UTF-8 ----

    private static byte[] seedWith(int strayBytes) {
        byte[] clean = TestFiles.seed();
        byte[] out = new byte[clean.length + strayBytes];
        int step = clean.length / (strayBytes + 1);
        int o = 0;
        int inserted = 0;
        for (int i = 0; i < clean.length; i++) {
            // a stray byte right after an ASCII byte, so that no character is split: exactly strayBytes bad sequences
            if (inserted < strayBytes && i >= step * (inserted + 1) && clean[i] >= 0 && clean[i - 1] >= 0) {
                out[o++] = (byte) 0xFF;
                inserted++;
            }
            out[o++] = clean[i];
        }
        assertEquals(strayBytes, inserted);
        return out;
    }

    private void assertDamagedUtf8(byte[] bytes, String warningPart) {
        DecodedText d = decoder.decode(bytes, "text/plain");
        assertEquals("UTF-8", d.charset(), d.warnings().toString());
        assertTrue(d.text().contains("بنغازي"), d.text().substring(0, 80));
        assertFalse(d.text().contains("ط¨"), "no windows-1256 mojibake");
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).contains(warningPart), d.warnings().toString());
    }

    @Test
    void oneStrayByteKeepsUtf8WithAWarning() {
        assertDamagedUtf8(seedWith(1), "with 1 invalid byte sequence replaced");
    }

    @Test
    void tenStrayBytesKeepUtf8WithAWarning() {
        assertDamagedUtf8(seedWith(10), "with 10 invalid byte sequences replaced");
    }

    @Test
    void onePercentBadBytesKeepUtf8() {
        byte[] bytes = TestFiles.seed().clone();
        for (int i = 50; i < bytes.length; i += 100) {
            bytes[i] = (byte) 0xFF;
        }
        assertDamagedUtf8(bytes, "invalid byte sequences replaced");
    }

    @Test
    void characterCutOffAtTheEndKeepsUtf8() {
        byte[] clean = SEED.strip().getBytes(StandardCharsets.UTF_8);
        // the seed ends in Arabic: drop the last byte of its last two-byte character
        assertTrue((clean[clean.length - 1] & 0xC0) == 0x80, "the seed ends in a multi-byte character");
        assertDamagedUtf8(java.util.Arrays.copyOf(clean, clean.length - 1), "with 1 invalid byte sequence replaced");
    }

    @Test
    void legacyArabicIsNotMistakenForDamagedUtf8() {
        Utf8Damage damage = Utf8Damage.of(SEED.getBytes(Charset.forName("windows-1256")));
        assertFalse(damage.isDamagedUtf8(), damage.toString());
        Utf8Damage latin = Utf8Damage.of(FRENCH.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, latin.multiByteCharacters(), latin.toString());
        assertFalse(latin.isDamagedUtf8());
    }

    @Test
    void utf16ByteOrderMarkIsSaid() {
        DecodedText le = decoder.decode("\uFEFFمرحبا بكم".getBytes(StandardCharsets.UTF_16LE), null);
        assertEquals(java.util.List.of("decoded as UTF-16LE (byte order mark)"), le.warnings());
        DecodedText be = decoder.decode("\uFEFFBonjour".getBytes(StandardCharsets.UTF_16BE), null);
        assertEquals(java.util.List.of("decoded as UTF-16BE (byte order mark)"), be.warnings());
    }
}
