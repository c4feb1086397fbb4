package dev.articleevents.core.geo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BinaryArraysTest {
    private interface Writer {
        void write(DataOutputStream out) throws Exception;
    }

    private static ByteBuffer written(Writer w) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        }
        return ByteBuffer.wrap(bytes.toByteArray());
    }

    @Test
    void startsComeBackWhateverTheLengthsOfThePieces() throws Exception {
        int[] starts = {0, 0, 1, 128, 128 + 16_384, 128 + 16_384 + 300_000, 128 + 16_384 + 300_001};
        ByteBuffer in = written(out -> BinaryArrays.writeStarts(out, starts));
        assertArrayEquals(starts, BinaryArrays.starts(in));
        assertEquals(0, in.remaining());
    }

    @Test
    void coordinatesComeBackAsTheSameDoubles() throws Exception {
        // as the index rows write them: five decimals, negative, whole, none (NaN), and one needing seven decimals
        double[] fiveDecimals = {31.20892, -16.58866, 0.0, 180.0, Double.NaN, Double.parseDouble("-0.00001")};
        ByteBuffer in = written(out -> BinaryArrays.writeCoordinates(out, fiveDecimals));
        assertEquals(5, in.get(0), "scaled by 10^5");
        assertArrayEquals(fiveDecimals, BinaryArrays.coordinates(in));
        double[] sevenDecimals = {Double.parseDouble("12.3456789"), 1.5};
        ByteBuffer in7 = written(out -> BinaryArrays.writeCoordinates(out, sevenDecimals));
        assertEquals(7, in7.get(0));
        assertArrayEquals(sevenDecimals, BinaryArrays.coordinates(in7));
        double[] unscalable = {Math.PI, -0.0};
        ByteBuffer raw = written(out -> BinaryArrays.writeCoordinates(out, unscalable));
        assertEquals(0, raw.get(0), "kept as doubles");
        assertArrayEquals(unscalable, BinaryArrays.coordinates(raw));
    }
}
