package dev.articleevents.core.geo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Arrays in the prepared place table: a length, then the values, big-endian. Read back in bulk from one buffer
 * (the whole resource), which is what makes loading a copy instead of a parse.
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

    static int[] ints(ByteBuffer in) {
        int[] values = new int[in.getInt()];
        in.asIntBuffer().get(values);
        in.position(in.position() + values.length * Integer.BYTES);
        return values;
    }

    static long[] longs(ByteBuffer in) {
        long[] values = new long[in.getInt()];
        in.asLongBuffer().get(values);
        in.position(in.position() + values.length * Long.BYTES);
        return values;
    }

    static double[] doubles(ByteBuffer in) {
        double[] values = new double[in.getInt()];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + values.length * Double.BYTES);
        return values;
    }

    static char[] chars(ByteBuffer in) {
        char[] values = new char[in.getInt()];
        in.asCharBuffer().get(values);
        in.position(in.position() + values.length * Character.BYTES);
        return values;
    }

    static byte[] bytes(ByteBuffer in) {
        byte[] values = new byte[in.getInt()];
        in.get(values);
        return values;
    }
}
