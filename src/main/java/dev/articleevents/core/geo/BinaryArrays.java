package dev.articleevents.core.geo;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Arrays in the prepared place table: a length, then the values, big-endian. Read back in bulk through
 * a {@link TableInput} straight into the arrays, which is what makes loading a copy instead of a parse.
 */
final class BinaryArrays {
    private BinaryArrays() {
    }

    static void write(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static void write(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    static void write(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static void write(DataOutputStream out, char[] values) throws IOException {
        out.writeInt(values.length);
        for (char v : values) {
            out.writeChar(v);
        }
    }

    static void write(DataOutputStream out, byte[] values) throws IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    static int[] ints(TableInput in) throws IOException {
        int[] values = new int[in.getInt()];
        in.get(values);
        return values;
    }

    static long[] longs(TableInput in) throws IOException {
        long[] values = new long[in.getInt()];
        in.get(values);
        return values;
    }

    static double[] doubles(TableInput in) throws IOException {
        double[] values = new double[in.getInt()];
        in.get(values);
        return values;
    }

    static char[] chars(TableInput in) throws IOException {
        char[] values = new char[in.getInt()];
        in.get(values);
        return values;
    }

    static byte[] bytes(TableInput in) throws IOException {
        byte[] values = new byte[in.getInt()];
        in.get(values);
        return values;
    }

    /**
     * Offsets that only grow from 0 (where each string or list starts): written as the length of each piece, one
     * varint each, since nearly all are below 128 and the zips carry them compressed.
     */
    static void writeStarts(DataOutputStream out, int[] starts) throws IOException {
        out.writeInt(starts.length);
        for (int i = 1; i < starts.length; i++) {
            int length = starts[i] - starts[i - 1];
            while ((length & ~0x7F) != 0) {
                out.writeByte((length & 0x7F) | 0x80);
                length >>>= 7;
            }
            out.writeByte(length);
        }
    }

    static int[] starts(TableInput in) throws IOException {
        int[] starts = new int[in.getInt()];
        in.getStarts(starts);
        return starts;
    }

    /**
     * Coordinates as whole numbers of 10^-d degrees for the smallest d (5 to 7) that gives every value back
     * exactly (a correctly rounded division by a power of ten is the double the decimal text parses to), else
     * as doubles; NaN (no point) either way. The decimals GeoNames writes compress far better as ints.
     */
    static void writeCoordinates(DataOutputStream out, double[] values) throws IOException {
        for (int digits = 5; digits <= 7; digits++) {
            double scale = Math.pow(10, digits);
            int[] scaled = new int[values.length];
            boolean exact = true;
            for (int i = 0; i < values.length && exact; i++) {
                long n = Double.isNaN(values[i]) ? Integer.MIN_VALUE : Math.round(values[i] * scale);
                exact = Double.isNaN(values[i]) || (Math.abs(n) < Integer.MAX_VALUE
                        && Double.doubleToLongBits(n / scale) == Double.doubleToLongBits(values[i])); // -0.0 stays raw
                scaled[i] = (int) n;
            }
            if (exact) {
                out.writeByte(digits);
                write(out, scaled);
                return;
            }
        }
        out.writeByte(0);
        write(out, values);
    }

    static double[] coordinates(TableInput in) throws IOException {
        int digits = in.get();
        if (digits == 0) {
            return doubles(in);
        }
        double scale = Math.pow(10, digits);
        int[] scaled = ints(in);
        double[] values = new double[scaled.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = scaled[i] == Integer.MIN_VALUE ? Double.NaN : scaled[i] / scale;
        }
        return values;
    }
}
