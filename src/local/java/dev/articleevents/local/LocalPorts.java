package dev.articleevents.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The local stack's fixed ports, checked before anything starts: a server that cannot bind its port logs and
 * carries on (S3Proxy did), which left a stack with functions and no S3 or SQS behind them.
 */
final class LocalPorts {
    private LocalPorts() {
    }

    /** @param ports port → what uses it, e.g. {@code 9000 → "S3"} */
    static void requireFree(Map<Integer, String> ports) throws IOException {
        for (Map.Entry<Integer, String> p : ports.entrySet()) {
            if (p.getKey() == 0) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket(p.getKey(), 1, InetAddress.getByName("127.0.0.1"))) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new IOException("port " + p.getKey() + " (" + p.getValue() + ") is in use: stop what holds it"
                        + " (ss -ltnp 'sport = :" + p.getKey() + "' names it) or the other local stack", e);
            }
        }
    }
}
