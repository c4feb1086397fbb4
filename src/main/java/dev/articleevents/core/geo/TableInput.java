package dev.articleevents.core.geo;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The prepared place table read straight into its final arrays through one 64 KB window, big-endian. Reading the
 * whole resource into one array first (then copying out of it) made the start touch three times the table's
 * size in fresh memory, and fresh pages are what a cold start pays most for after class loading (about 3 ms a
 * megabyte on these machines, BENCHMARKS.md run R).
 */
final class TableInput {
    private static final int WINDOW = 1 << 16;

    /** Copies k values of the window's next bytes into the destination from index {@code off}. */
    private interface BulkCopy {
        void copy(ByteBuffer window, int off, int k);
    }

    private final InputStream in;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);

    TableInput(InputStream in) {
        this.in = in;
        window.limit(0);
    }

    /** Makes at least n bytes (at most the window) readable; fails on a table that ends early. */
    private void need(int n) throws IOException {
        if (window.remaining() >= n) {
            return;
        }
        window.compact();
        while (window.position() < n) {
            int read = in.read(window.array(), window.position(), window.capacity() - window.position());
            if (read < 0) {
                throw new EOFException("the place table ends early (rebuild the project)");
            }
            window.position(window.position() + read);
        }
        window.flip();
    }

    byte get() throws IOException {
        need(Byte.BYTES);
        return window.get();
    }

    short getShort() throws IOException {
        need(Short.BYTES);
        return window.getShort();
    }

    int getInt() throws IOException {
        need(Integer.BYTES);
        return window.getInt();
    }

    void skip(int n) throws IOException {
        for (int left = n; left > 0; ) {
            need(1);
            int k = Math.min(left, window.remaining());
            window.position(window.position() + k);
            left -= k;
        }
    }

    void get(byte[] into) throws IOException {
        bulk(into.length, Byte.BYTES, (w, off, k) -> System.arraycopy(w.array(), w.position(), into, off, k));
    }

    void get(int[] into) throws IOException {
        bulk(into.length, Integer.BYTES, (w, off, k) -> w.asIntBuffer().get(into, off, k));
    }

    void get(long[] into) throws IOException {
        bulk(into.length, Long.BYTES, (w, off, k) -> w.asLongBuffer().get(into, off, k));
    }

    void get(double[] into) throws IOException {
        bulk(into.length, Double.BYTES, (w, off, k) -> w.asDoubleBuffer().get(into, off, k));
    }

    void get(char[] into) throws IOException {
        bulk(into.length, Character.BYTES, (w, off, k) -> w.asCharBuffer().get(into, off, k));
    }

    /**
     * Offsets written as one varint length each ({@link BinaryArrays#writeStarts}), summed into {@code starts} from
     * index 1: decoded from the window's array in one loop, since a call per byte was, cold, a tenth of the start.
     */
    void getStarts(int[] starts) throws IOException {
        byte[] bytes = window.array();
        int at = window.position();
        int limit = window.limit();
        for (int i = 1; i < starts.length; i++) {
            int length = 0;
            int shift = 0;
            byte b;
            do {
                if (at == limit) {
                    window.position(at);
                    need(1);
                    at = window.position();
                    limit = window.limit();
                }
                b = bytes[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            starts[i] = starts[i - 1] + length;
        }
        window.position(at);
    }

    private void bulk(int count, int width, BulkCopy copy) throws IOException {
        for (int off = 0; off < count; ) {
            need(width);
            int k = Math.min(count - off, window.remaining() / width);
            copy.copy(window, off, k);
            window.position(window.position() + k * width);
            off += k;
        }
    }
}
