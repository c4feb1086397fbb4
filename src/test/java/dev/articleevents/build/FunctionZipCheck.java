package dev.articleevents.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Run by Maven in the verify phase: fails the build when a Lambda deployment zip holds anything of the
 * local stack (the embedded S3/SQS servers and their runtimes), a test/benchmark/training-only library (the
 * browser driver included) or data the functions do not use.
 */
public final class FunctionZipCheck {
    static final List<String> FORBIDDEN = List.of("s3proxy", "elasticmq", "pekko", "scala-library", "jetty",
            "dev/articleevents/local/", "junit", "rest-assured", "json-schema-validator", "stanford-corenlp", "jmh",
            "selenium", "tribuo",
            // the report needs world-atlas's coarsest outlines only; its finer maps (8 MB) once slipped in
            "-10m.json", "-50m.json");

    private FunctionZipCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path zip = Path.of(args[0]);
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " was not built");
        }
        int entries = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                entries++;
                String name = e.getName().toLowerCase(Locale.ROOT);
                for (String bad : FORBIDDEN) {
                    if (name.contains(bad)) {
                        throw new IllegalStateException(zip + " must not contain " + bad + " but holds " + e.getName());
                    }
                }
            }
        }
        System.out.printf("function zip check: %s has %d entries, %.1f MB, none of %s%n", zip, entries,
                Files.size(zip) / 1e6, FORBIDDEN);
    }
}
