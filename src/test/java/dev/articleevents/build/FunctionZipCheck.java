package dev.articleevents.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Run by Maven in the verify phase of each flavour ({@code FunctionZipCheck ZIP events|http}): fails the build when
 * a Lambda deployment zip holds anything of the local stack (the embedded S3/SQS servers and their runtimes), a
 * test/benchmark/training-only library (the browser driver included), the tools (./analyze, ./export, report.html,
 * ./train, ./bench) or data the functions do not use. Jars inside the zip are looked into as well, so a class that
 * comes back through the application's own jar is caught too.
 */
public final class FunctionZipCheck {
    /** Libraries, matched in the zip's own entry names (the jars in lib/). */
    static final List<String> FORBIDDEN_LIBRARIES = List.of("s3proxy", "elasticmq", "pekko", "scala-library", "jetty",
            "junit", "rest-assured", "json-schema-validator", "stanford-corenlp", "jmh", "selenium", "tribuo",
            "commons-csv");
    /**
     * Paths of our own code and data, matched in the zip's entries and in those of the jars it holds (looking for
     * library names in other libraries' class names found Netty's JettyAlpnSslEngine).
     */
    static final List<String> FORBIDDEN_PATHS = List.of("dev/articleevents/local/",
            // the tools live in test source roots (src/tools/java, src/events-tools/java, src/train/java,
            // src/bench/java); a class of theirs in a zip means one was moved back into a function's source root
            "dev/articleevents/cli/", "dev/articleevents/report/", "dev/articleevents/export/",
            "dev/articleevents/train/", "dev/articleevents/bench/",
            // report.html's template and the map outlines it draws (src/tools/resources, the world-atlas untar)
            "report/report.html", "report/report.js", "report/report.css", "countries-110m.json",
            // the report needs world-atlas's coarsest outlines only; its finer maps (8 MB) once slipped in
            "-10m.json", "-50m.json",
            // the place index's rows as text (2 MB), which the build makes places.bin from (target/gazetteer); the
            // engine reads places.bin only. An older build left them in a flavour's classes/geo, and its zip took them
            "geo/places.tsv.gz");

    /** What only some flavours may hold: the article view is served by the HTTP function alone. */
    static final Map<String, List<String>> FORBIDDEN_IN_FLAVOUR = Map.of(
            "events", List.of("dev/articleevents/view/"),
            "http", List.of());

    private FunctionZipCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !FORBIDDEN_IN_FLAVOUR.containsKey(args[1])) {
            throw new IllegalArgumentException("usage: FunctionZipCheck ZIP " + FORBIDDEN_IN_FLAVOUR.keySet()
                    + " (the build passes the active flavour profile's function.flavour; build with -Pevents or -Phttp)");
        }
        Path zip = Path.of(args[0]);
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " was not built");
        }
        List<String> names = entryNames(zip);
        List<String> forbidden = forbidden(args[1]);
        List<String> problems = problems(names, forbidden);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(zip + " (" + args[1] + " flavour) must hold none of the tools, test "
                    + "libraries or other flavours' code, but: " + String.join("; ", problems)
                    + ". Keep such code in a test source root (see README \"What is where\") or at test scope.");
        }
        System.out.printf("function zip check: %s has %d entries (jars looked into), %.1f MB, none of %s%n", zip,
                names.size(), Files.size(zip) / 1e6, forbidden);
    }

    static List<String> forbidden(String flavour) {
        List<String> all = new ArrayList<>(FORBIDDEN_LIBRARIES);
        all.addAll(FORBIDDEN_PATHS);
        all.addAll(FORBIDDEN_IN_FLAVOUR.get(flavour));
        return all;
    }

    /** One line per entry that holds a forbidden part, naming both; inside a jar, paths only. */
    static List<String> problems(List<String> names, List<String> forbidden) {
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            int inJar = name.indexOf("!/");
            String lower = name.toLowerCase(Locale.ROOT);
            for (String bad : forbidden) {
                boolean library = FORBIDDEN_LIBRARIES.contains(bad);
                if (inJar >= 0 ? !library && lower.substring(inJar + 2).contains(bad) : lower.contains(bad)) {
                    problems.add("holds " + name + " (" + bad + ")");
                }
            }
        }
        return problems;
    }

    /** The zip's entry names, and for each jar in it the names of its entries as {@code jar!/entry}. */
    private static List<String> entryNames(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                names.add(e.getName());
                if (e.getName().endsWith(".jar")) {
                    try (InputStream in = z.getInputStream(e); ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            names.add(e.getName() + "!/" + inner.getName());
                        }
                    }
                }
            }
        }
        return names;
    }
}
