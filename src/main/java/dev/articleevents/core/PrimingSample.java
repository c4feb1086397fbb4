package dev.articleevents.wiring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A sample article the function analyses once at start ({@value #RESOURCE}), and its language. */
record PrimingSample(String language, String text) {
    static final String RESOURCE = "priming/samples.tsv";

    /** The samples in file order: '#' lines are the header, then language TAB text, "\n" for a line break. */
    static List<PrimingSample> all() {
        InputStream in = PrimingSample.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<PrimingSample> samples = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    samples.add(new PrimingSample(line.substring(0, tab), line.substring(tab + 1).strip().replace("\\n", "\n")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    /**
     * Whether to prime, given Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE} (null outside Lambda). An
     * on-demand cold start has its first event waiting for the analyzer: priming three languages there only
     * delays it (the event primes its own language's path). SnapStart ("snap-start") and provisioned
     * concurrency initialise before any event, and outside Lambda (local stack, HTTP server) nobody waits yet.
     */
    static boolean wanted(String initializationType) {
        return !"on-demand".equals(initializationType);
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
