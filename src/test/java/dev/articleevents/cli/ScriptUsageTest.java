package dev.articleevents.cli;

import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The top-level commands print their usage at once, before any build (it took 13-21 s of building). */
class ScriptUsageTest {

    private static String[] run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(TestFiles.projectDir().toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), String.join(" ", command) + " should answer at once");
        return new String[]{String.valueOf(p.exitValue()), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)};
    }

    @Test
    void withoutArgumentsEachCommandPrintsItsUsageAndFails() throws Exception {
        for (String script : List.of("analyze", "export", "reprocess", "train")) {
            String[] answer = run("./" + script);
            assertEquals("2", answer[0], script + ": " + answer[1]);
            assertTrue(answer[1].contains("./" + script + " "), script + ": " + answer[1]);
            assertTrue(!answer[1].contains("[INFO]") && !answer[1].contains("BUILD"), "no build: " + answer[1]);
        }
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() throws Exception {
        String[] answer = run("./analyze", "--help");
        assertEquals("0", answer[0], answer[1]);
        assertTrue(answer[1].contains("--no-dates"), answer[1]);
    }
}
