package dev.articleevents.local;

import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A port the local stack needs but cannot have stops it before anything starts, saying which and why. */
class LocalPortsTest {

    @Test
    void aTakenPortIsNamedWithWhatNeedsIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            IOException e = assertThrows(IOException.class,
                    () -> LocalPorts.requireFree(Map.of(taken.getLocalPort(), "S3")));
            assertTrue(e.getMessage().startsWith("port " + taken.getLocalPort() + " (S3) is in use"), e.getMessage());
        }
    }

    @Test
    void theScriptStopsAtATakenPortBeforeStartingMaven() throws Exception {
        ServerSocket taken = null;
        try {
            try {
                taken = new ServerSocket(9000, 1, InetAddress.getByName("127.0.0.1"));
            } catch (IOException alreadyTaken) {
                // something else holds it: the script must say so all the same
            }
            Process p = new ProcessBuilder(TestFiles.projectDir().resolve("local-stack").toString())
                    .redirectErrorStream(true).start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script should stop at once");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), out);
            assertTrue(out.contains("port 9000 (S3) is in use"), out);
            assertTrue(!out.contains("Scanning for projects") && !out.contains("BUILD"), "Maven must not start: " + out);
        } finally {
            if (taken != null) {
                taken.close();
            }
        }
    }
}
