package dev.articleevents.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the tests read: the project's events/ folder and, beside the clone, ../shared. */
public final class TestFiles {
    public static final String SEED_NAME = "000_ec3e5877bfe64987.txt";

    private TestFiles() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("user.dir"));
    }

    public static Path events(String name) {
        return projectDir().resolve("events").resolve(name);
    }

    public static byte[] seed() {
        return bytes(events("articles/" + SEED_NAME));
    }

    public static Path shared() {
        return Path.of(System.getProperty("shared.dir", projectDir().resolve("../shared").toString())).normalize();
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path p) {
        return new String(bytes(p), java.nio.charset.StandardCharsets.UTF_8);
    }
}
