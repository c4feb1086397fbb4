package dev.articleevents.bench;

import dev.articleevents.core.ArticleAnalyzer;
import dev.articleevents.core.model.ArticleAnalysis;

import java.util.Locale;

/**
 * The quick check of time against size (a minute or two, no JMH): for each recipe ({@link BenchArticles#ofSize}),
 * one warm-up analysis at each size, then the best of {@code RUNS} analyses at each size, in one JVM.
 * Prints seconds, seconds per MB, and the largest size's time over the 1 MB time beside issue 23's targets
 * (at most 5x for 4 MB / 1 MB; 1 MB of English under 2 s). Figures, not assertions: the machine is shared.
 * Usage: {@code SizeCheck [RUNS]}
 */
public final class SizeCheck {
    private static final int MB = 1_000_000;

    private SizeCheck() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        System.out.printf(Locale.ROOT, "load average %.2f, %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| recipe | article bytes | best of " + runs + " (s) | s per MB | events |");
        System.out.println("|---|---|---|---|---|");
        for (String recipe : new String[]{"seed", "english"}) {
            BenchArticles.Article one = BenchArticles.ofSize(recipe, MB);
            BenchArticles.Article four = BenchArticles.ofSize(recipe, 4 * MB);
            analyzer.analyze(one.bytes(), one.meta()); // warm-up: JIT and caches
            analyzer.analyze(four.bytes(), four.meta());
            double s1 = report(analyzer, recipe, one, runs);
            double s4 = report(analyzer, recipe, four, runs);
            double ratio = (s4 / four.bytes().length) / (s1 / one.bytes().length) * 4;
            System.out.printf(Locale.ROOT, "%s: 4 MB / 1 MB = %.1fx (target at most 5x)%s%n", recipe, s4 / s1,
                    recipe.equals("english") ? String.format(Locale.ROOT, "; 1 MB in %.2f s (target under 2 s)", s1) : "");
            if (Double.isNaN(ratio)) {
                throw new IllegalStateException("no time measured");
            }
        }
    }

    private static double report(ArticleAnalyzer analyzer, String recipe, BenchArticles.Article a, int runs) {
        double best = Double.MAX_VALUE;
        ArticleAnalysis last = null;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            last = analyzer.analyze(a.bytes(), a.meta());
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        if (last.hasError()) {
            throw new IllegalStateException(recipe + " answered " + last.error().code() + ": " + last.error().message());
        }
        System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %d |%n", recipe, a.bytes().length, best,
                best / (a.bytes().length / 1e6), last.events().size());
        return best;
    }
}
