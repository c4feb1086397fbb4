package dev.articleevents.build;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's shape limits (issue "one annotated document"): no class over 300 lines, no method over 60, no
 * method or record with more than 8 parameters or components, no Arabic or ACLED-label string in engine code
 * outside {@code core.model.AcledLabel} (words live in resource files). What broke a limit before the limits
 * existed is listed in {@code engine-shape-baseline.txt}: the list may only shrink — a new breach fails, and so
 * does a listed one that is gone (take it off the list).
 */
class EngineShapeTest {
    static final Path ENGINE = Path.of("src/main/java/dev/articleevents/core");
    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 60;
    static final int MAX_PARAMETERS = 8;
    static final String LABEL_HOME = "dev.articleevents.core.model.AcledLabel";

    @Test
    void engineKeepsItsLimits() throws IOException {
        Set<String> found = breaches();
        Set<String> allowed = baseline();
        Set<String> added = new TreeSet<>(found);
        added.removeAll(allowed);
        Set<String> gone = new TreeSet<>(allowed);
        gone.removeAll(found);
        assertTrue(added.isEmpty(), "new breaches of the engine's limits:\n  " + String.join("\n  ", added));
        assertTrue(gone.isEmpty(), "fixed, so take them off engine-shape-baseline.txt:\n  " + String.join("\n  ", gone));
    }

    static Set<String> baseline() throws IOException {
        Set<String> out = new TreeSet<>();
        try (var in = EngineShapeTest.class.getResourceAsStream("/engine-shape-baseline.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    static Set<String> breaches() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<String> acled = acledLabels();
        Set<String> out = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ENGINE)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            CompilationUnit unit = StaticJavaParser.parse(file);
            for (TypeDeclaration<?> type : unit.getTypes()) {
                String name = type.getFullyQualifiedName().orElse(type.getNameAsString());
                if (lines(type) > MAX_CLASS_LINES) {
                    out.add("class-lines " + name);
                }
                type.findAll(CallableDeclaration.class).forEach(c -> {
                    String where = name + "#" + ownerPath(c) + c.getNameAsString();
                    if (lines(c) > MAX_METHOD_LINES) {
                        out.add("method-lines " + where);
                    }
                    if (c.getParameters().size() > MAX_PARAMETERS) {
                        out.add("parameters " + where);
                    }
                });
                type.findAll(RecordDeclaration.class).forEach(r -> {
                    if (r.getParameters().size() > MAX_PARAMETERS) {
                        out.add("record-components " + name + ownerSuffix(r, type));
                    }
                });
                if (!name.equals(LABEL_HOME)) {
                    for (String text : literals(type)) {
                        if (text.codePoints().anyMatch(EngineShapeTest::arabic)) {
                            out.add("arabic-literal " + name);
                        }
                        if (acled.contains(text)) {
                            out.add("acled-literal " + name);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> literals(Node type) {
        List<String> out = new ArrayList<>();
        type.findAll(StringLiteralExpr.class).forEach(s -> out.add(s.asString()));
        type.findAll(TextBlockLiteralExpr.class).forEach(s -> out.add(s.asString()));
        // a character written as itself is a word's letter; one written as an escape ('\u0621') bounds a script range
        type.findAll(CharLiteralExpr.class).forEach(s -> out.add(s.getValue()));
        return out;
    }

    private static boolean arabic(int cp) {
        if (cp == 0xFEFF) {
            return false; // the byte order mark sits in the presentation-forms block
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B;
    }

    /** The exact labels, from the table that names every kind the engine extracts. */
    private static List<String> acledLabels() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/lexicon/event-kinds.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            out.add(cells[0]);
            out.add(cells[1]);
        }
        return out;
    }

    private static int lines(Node n) {
        return n.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
    }

    /** Nested types between the top-level type and the callable, so that two {@code read} methods stay apart. */
    private static String ownerPath(Node n) {
        StringBuilder path = new StringBuilder();
        Node p = n.getParentNode().orElse(null);
        while (p != null && !(p instanceof CompilationUnit)) {
            if (p instanceof TypeDeclaration<?> t && t.getParentNode().filter(q -> !(q instanceof CompilationUnit)).isPresent()) {
                path.insert(0, t.getNameAsString() + ".");
            }
            p = p.getParentNode().orElse(null);
        }
        return path.toString();
    }

    private static String ownerSuffix(RecordDeclaration r, TypeDeclaration<?> top) {
        return r == top ? "" : "$" + ownerPath(r) + r.getNameAsString();
    }
}
