package dev.articleevents.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine in one JVM, each in its own class loader, timed on the seed in alternating batches
 * (A B, B A, …). On this shared machine the load drifts by tens of percent within a minute; batches a few
 * milliseconds apart see nearly the same machine, so the per-pair ratio B/A is far steadier than two separate
 * runs. Thread CPU time per batch; prints one JSON line with both medians and the ratio's quartiles.
 *
 * <pre>args: seed-file classesA classpathFileA classesB classpathFileB [pairs] [analyses per batch]</pre>
 */
public final class SeedPair {
    private SeedPair() {
    }

    private record Build(Object analyzer, Method analyze, Object meta) {
        void run(byte[] bytes, int times) throws ReflectiveOperationException {
            for (int i = 0; i < times; i++) {
                analyze.invoke(analyzer, bytes, meta);
            }
        }
    }

    private static Build load(String classes, Path classpathFile) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(classes).toUri().toURL());
        for (String jar : Files.readString(classpathFile).strip().split(":")) {
            urls.add(Path.of(jar).toUri().toURL());
        }
        // the platform loader as parent: nothing of either build is shared, so each JITs its own copy
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> analyzer = loader.loadClass("dev.articleevents.core.ArticleAnalyzer");
        Class<?> meta = loader.loadClass("dev.articleevents.core.model.ArticleMeta");
        Object seedMeta = meta.getConstructors()[0].newInstance(null, "seed", null, null, "text/plain", "2016-08-02");
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return new Build(analyzer.getConstructor().newInstance(), analyzer.getMethod("analyze", byte[].class, meta), seedMeta);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] seed = Files.readAllBytes(Path.of(args[0]));
        Build a = load(args[1], Path.of(args[2]));
        Build b = load(args[3], Path.of(args[4]));
        int pairs = args.length > 5 ? Integer.parseInt(args[5]) : 150;
        int batch = args.length > 6 ? Integer.parseInt(args[6]) : 50;
        for (int i = 0; i < 30; i++) { // warm-up, interleaved so both reach C2 together
            a.run(seed, 100);
            b.run(seed, 100);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ta = new double[pairs];
        double[] tb = new double[pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            Build first = p % 2 == 0 ? a : b; // which goes first alternates: no order bias
            for (Build x : new Build[] {first, first == a ? b : a}) {
                long c0 = threads.getCurrentThreadCpuTime();
                x.run(seed, batch);
                double us = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / batch;
                if (x == a) {
                    ta[p] = us;
                } else {
                    tb[p] = us;
                }
            }
            ratio[p] = tb[p] / ta[p];
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        Arrays.sort(ratio);
        System.out.println(String.format(Locale.ROOT,
                "{\"pairs\":%d,\"batch\":%d,\"a_median_us\":%.0f,\"a_min_us\":%.0f,\"b_median_us\":%.0f,\"b_min_us\":%.0f,"
                        + "\"ratio_p25\":%.3f,\"ratio_median\":%.3f,\"ratio_p75\":%.3f}",
                pairs, batch, ta[pairs / 2], ta[0], tb[pairs / 2], tb[0], ratio[pairs / 4], ratio[pairs / 2], ratio[3 * pairs / 4]));
    }
}
