package dev.articleevents.core.geo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BinaryArraysTest {
    private interface Writer {
        void write(DataOutputStream out) throws Exception;
    }

    private static byte[] written(Writer w) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        }
        return bytes.toByteArray();
    }

    private static TableInput input(byte[] bytes) {
        return new TableInput(new ByteArrayInputStream(bytes));
    }

    @Test
    void startsComeBackWhateverTheLengthsOfThePieces() throws Exception {
        int[] starts = {0, 0, 1, 128, 128 + 16_384, 128 + 16_384 + 300_000, 128 + 16_384 + 300_001};
        TableInput in = input(written(out -> BinaryArrays.writeStarts(out, starts)));
        assertArrayEquals(starts, BinaryArrays.starts(in));
        assertThrows(EOFException.class, in::get, "nothing left after the last length");
    }

    @Test
    void coordinatesComeBackAsTheSameDoubles() throws Exception {
        // as the index rows write them: five decimals, negative, whole, none (NaN), and one needing seven decimals
        double[] fiveDecimals = {31.20892, -16.58866, 0.0, 180.0, Double.NaN, Double.parseDouble("-0.00001")};
        byte[] five = written(out -> BinaryArrays.writeCoordinates(out, fiveDecimals));
        assertEquals(5, five[0], "scaled by 10^5");
        assertArrayEquals(fiveDecimals, BinaryArrays.coordinates(input(five)));
        double[] sevenDecimals = {Double.parseDouble("12.3456789"), 1.5};
        byte[] seven = written(out -> BinaryArrays.writeCoordinates(out, sevenDecimals));
        assertEquals(7, seven[0]);
        assertArrayEquals(sevenDecimals, BinaryArrays.coordinates(input(seven)));
        double[] unscalable = {Math.PI, -0.0};
        byte[] raw = written(out -> BinaryArrays.writeCoordinates(out, unscalable));
        assertEquals(0, raw[0], "kept as doubles");
        assertArrayEquals(unscalable, BinaryArrays.coordinates(input(raw)));
    }

    @Test
    void arraysLongerThanTheWindowComeBackWhole() throws Exception {
        // the reader copies through a 64 KB window: values that straddle its refills must come back intact
        int[] ints = new int[50_001];
        long[] longs = new long[20_003];
        char[] chars = new char[70_001];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = i * 7919 - 1_000_000;
        }
        for (int i = 0; i < longs.length; i++) {
            longs[i] = (long) i * 1_000_000_007L;
        }
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ('\u0600' + i % 200);
        }
        TableInput in = input(written(out -> {
            out.writeByte(9); // an odd offset, so that no array starts on a window boundary
            BinaryArrays.write(out, ints);
            BinaryArrays.write(out, longs);
            BinaryArrays.write(out, chars);
        }));
        assertEquals(9, in.get());
        assertArrayEquals(ints, BinaryArrays.ints(in));
        assertArrayEquals(longs, BinaryArrays.longs(in));
        assertArrayEquals(chars, BinaryArrays.chars(in));
    }

    @Test
    void aTableThatEndsEarlyIsAnErrorNotAShortArray() throws Exception {
        byte[] whole = written(out -> BinaryArrays.write(out, new int[]{1, 2, 3}));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2);
        assertThrows(EOFException.class, () -> BinaryArrays.ints(input(cut)));
    }
}
