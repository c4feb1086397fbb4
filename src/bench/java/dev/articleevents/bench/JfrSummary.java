package dev.articleevents.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the JFR recording that {@code -prof jfr} wrote for a benchmark and prints where the samples of
 * {@code ArticleAnalyzer.analyze} fall: the stage called by the analyzer, methods by inclusive share (ours,
 * plus the regex and String.replaceAll frames), and top frames (self).
 *
 * <pre>args: recording-or-directory [out.txt]</pre>
 */
public final class JfrSummary {
    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        if (Files.isDirectory(in)) {
            try (Stream<Path> files = Files.walk(in)) {
                in = files.filter(p -> p.toString().endsWith(".jfr")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no .jfr under " + args[0]));
            }
        }
        int total = 0;
        int all = 0;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(in)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            all++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            List<String> names = frames.stream()
                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
            int analyzer = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).startsWith("dev.articleevents.core.ArticleAnalyzer.")) {
                    analyzer = i;
                }
            }
            if (analyzer < 0) {
                continue;
            }
            total++;
            self.merge(names.get(0), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (String n : names.subList(0, analyzer)) {
                if ((n.startsWith("dev.articleevents.") || n.startsWith("java.util.regex.Pattern.compile")
                        || n.equals("java.lang.String.replaceAll") || n.equals("java.util.regex.Matcher.replaceAll")
                        || n.equals("java.util.regex.Matcher.find")) && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
            // the stage: the first frame below the analyzer's own frames
            String stage = "(ArticleAnalyzer itself)";
            for (int i = analyzer; i >= 0; i--) {
                if (!names.get(i).startsWith("dev.articleevents.core.ArticleAnalyzer.")) {
                    stage = names.get(i);
                    break;
                }
            }
            stages.merge(stage, 1, Integer::sum);
        }
        PrintStream out = System.out;
        if (args.length > 1) {
            out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, "UTF-8");
        }
        out.printf("JFR %s: %d execution samples, %d inside ArticleAnalyzer.analyze%n", in, all, total);
        print(out, "stage (callee of ArticleAnalyzer), inclusive", stages, total, 12);
        print(out, "methods, inclusive (ours; regex compile/replace/find)", inclusive, total, 30);
        print(out, "top frames, self", self, total, 20);
        if (out != System.out) {
            out.close();
        }
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int total, int limit) {
        out.println("--- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(en -> out.printf("%5.1f%%  %s%n", 100.0 * en.getValue() / Math.max(1, total), en.getKey()));
    }
}
