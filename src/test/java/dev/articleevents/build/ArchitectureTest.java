package dev.articleevents.build;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.articleevents.build.archfixture.core.Entry;
import dev.articleevents.build.archfixture.core.FrameworkInEngine;
import dev.articleevents.build.archfixture.core.cyclea.A;
import dev.articleevents.build.archfixture.core.cycleb.B;
import dev.articleevents.build.archfixture.core.extract.Back;
import dev.articleevents.build.archfixture.core.extract.Internal;
import dev.articleevents.build.archfixture.core.model.Result;
import dev.articleevents.build.archfixture.function.ToolUser;
import dev.articleevents.build.archfixture.http.ApiUser;
import dev.articleevents.build.archfixture.http.ReachIn;
import dev.articleevents.build.archfixture.local.Stack;
import dev.articleevents.build.archfixture.report.Tool;
import dev.articleevents.build.archfixture.storage.Store;
import dev.articleevents.testing.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boundaries that hold by themselves: the engine imports no framework, packages form no cycle, adapters use the
 * engine through its API only, and no function's code uses a tool. The rules read the compiled classes of
 * whatever this build has (a flavour's classes are present in its profile only, the tools and the local stack in
 * every build), tests excluded. Each rule takes the root package as a parameter, so that the same rule is shown
 * failing on the deliberately bad fixture under {@code build.archfixture}.
 */
class ArchitectureTest {
    static final String ROOT = "dev.articleevents";
    static final String FIXTURE_ROOT = "dev.articleevents.build.archfixture";

    /** Frameworks belong to the adapters; the engine stays plain Java that any entry point can call. */
    static final List<String> FRAMEWORKS = List.of("io.quarkus..", "software.amazon..", "jakarta..", "javax.ws..",
            "org.jboss..", "io.vertx..", "org.eclipse.microprofile..");

    /**
     * The engine's API, relative to the root: what the adapters use today and is meant for them. The root package
     * (ArticleAnalyzer, InspectedArticle, ErrorDocuments, ContentHash, EngineInfo), the output contract (model,
     * json), the analysis' deadline and refusals (pipeline), the rule counts ./analyze prints (rules), and the
     * document an InspectedArticle carries (structure: ArticleDocument, its Article and blocks).
     */
    static final List<String> ENGINE_API_PACKAGES = List.of("core", "core.model..", "core.json..", "core.pipeline..",
            "core.rules..", "core.structure..");
    /** The token type of ArticleDocument.tokens(): part of the document, though it lives with the tokenizer. */
    static final Set<String> ENGINE_API_CLASSES = Set.of("core.language.Token");

    /**
     * Adapters reaching into engine internals today, as "origin -> target" (top-level classes, relative to the
     * root). Each is a debt, not a permission: the summary baseline splits sentences itself. Take a line off when its
     * reach-in is gone (the test fails on a line no longer needed); never add one for new code.
     */
    static final Set<String> ENGINE_REACH_IN_EXCEPTIONS = Set.of(
            "cli.SummaryBaseline -> core.language.SentenceSplitter");

    /**
     * Adapters: code around the engine, in function zips or not. train and bench are left out on purpose: fitting
     * and measuring the engine's internals is what they are for.
     */
    static final List<String> ADAPTERS = List.of("function", "processing", "storage", "reprocess", "http", "local",
            "wiring", "cli", "report", "export", "view");
    /** The tools: test source roots only, never in a function zip (FunctionZipCheck). */
    static final List<String> TOOLS = List.of("cli", "report", "export", "train", "bench");
    /** Code that a function zip carries. */
    static final List<String> FUNCTION_CODE = List.of("core", "function", "processing", "storage", "reprocess", "http",
            "wiring", "view");

    /** Test source roots: their classes may use anything, so the rules leave them out. */
    static final List<String> TEST_ROOTS = List.of("src/test/java", "src/events-test/java", "src/http-test/java");

    private static final JavaClasses PROJECT = projectClasses();

    @Test
    void engineImportsNoFramework() {
        engineImportsNoFramework(ROOT).check(PROJECT);
    }

    @Test
    void enginePackagesFormNoCycle() {
        enginePackagesFormNoCycle(ROOT).check(PROJECT);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        topLevelPackagesFormNoCycle(ROOT).check(PROJECT);
    }

    @Test
    void adaptersReachTheEngineThroughItsApiOnly() {
        adaptersReachEngineThroughApi(ROOT, ENGINE_REACH_IN_EXCEPTIONS).check(PROJECT);
    }

    @Test
    void everyReachInExceptionIsStillNeeded() {
        Set<String> found = reachIns(ROOT, PROJECT);
        Set<String> stale = new TreeSet<>();
        for (String exception : ENGINE_REACH_IN_EXCEPTIONS) {
            String origin = ROOT + "." + exception.substring(0, exception.indexOf(" -> "));
            // a flavour's class is absent from the other flavour's build: nothing to say about it there
            if (PROJECT.contain(origin) && !found.contains(exception)) {
                stale.add(exception);
            }
        }
        assertTrue(stale.isEmpty(), "these adapters no longer reach into the engine: take them off "
                + "ENGINE_REACH_IN_EXCEPTIONS in ArchitectureTest: " + stale);
    }

    @Test
    void functionsNeverUseTools() {
        functionsNeverUseTools(ROOT).check(PROJECT);
    }

    @Test
    void theRulesSeeTheProject() {
        // an import that found nothing would pass every rule
        assertTrue(PROJECT.contain(ROOT + ".core.ArticleAnalyzer"), "the engine was not imported");
        assertTrue(PROJECT.contain(ROOT + ".cli.BatchAnalyzeCommand"), "the tools were not imported");
        assertTrue(PROJECT.contain(ROOT + ".view.EvidenceMarker"), "the view was not imported");
        assertFalse(PROJECT.contain(ArchitectureTest.class.getName()), "tests must be left out");
    }

    // ---- each rule fails on bad code ----

    @Test
    void frameworkInTheEngineFails() {
        assertViolated(engineImportsNoFramework(FIXTURE_ROOT), FrameworkInEngine.class);
    }

    @Test
    void enginePackageCycleFails() {
        assertViolated(enginePackagesFormNoCycle(FIXTURE_ROOT), A.class, B.class);
        assertViolated(enginePackagesFormNoCycle(FIXTURE_ROOT), Entry.class, Back.class);
    }

    @Test
    void topLevelPackageCycleFails() {
        assertViolated(topLevelPackagesFormNoCycle(FIXTURE_ROOT), Store.class, Stack.class);
    }

    @Test
    void reachIntoTheEngineFailsAndTheApiPasses() {
        assertViolated(adaptersReachEngineThroughApi(FIXTURE_ROOT, Set.of()), ReachIn.class, Internal.class);
        assertHolds(adaptersReachEngineThroughApi(FIXTURE_ROOT, Set.of()), ApiUser.class, Result.class);
        assertHolds(adaptersReachEngineThroughApi(FIXTURE_ROOT, Set.of("http.ReachIn -> core.extract.Internal")),
                ReachIn.class, Internal.class);
        // and on the project itself: without its exception list, the summary baseline's reach-in is caught
        assertTrue(adaptersReachEngineThroughApi(ROOT, Set.of()).evaluate(PROJECT).hasViolation(),
                "the listed reach-ins should be violations without the exception list");
    }

    @Test
    void functionUsingAToolFails() {
        assertViolated(functionsNeverUseTools(FIXTURE_ROOT), ToolUser.class, Tool.class);
    }

    // ---- the rules ----

    static ArchRule engineImportsNoFramework(String root) {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
                .because("the engine is plain Java every entry point calls: do the framework's part in an adapter "
                        + "(wiring, function, http, ...) and hand the engine plain values");
    }

    static ArchRule enginePackagesFormNoCycle(String root) {
        // core.(*).. alone would leave out the root package (ArticleAnalyzer and its peers), and with it a cycle
        // such as core <-> core.extract: the root is a slice of its own here
        return slices().assignedFrom(engineSlices(root)).should().beFreeOfCycles()
                .because("each engine step builds on the ones before it: move the shared piece into the lower "
                        + "package (or a new one both use) instead of importing back");
    }

    static ArchRule topLevelPackagesFormNoCycle(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("engine, adapters and tools depend one way (tools -> adapters -> engine): move the shared "
                        + "piece down instead of importing back");
    }

    static ArchRule adaptersReachEngineThroughApi(String root, Set<String> exceptions) {
        return classes().that().resideInAnyPackage(packages(root, ADAPTERS))
                .should(reachEngineOnlyThroughApi(root, exceptions))
                .because("the engine's internals change with every refactoring: read what you need from the "
                        + "document or the analysis (" + ENGINE_API_PACKAGES + ", " + ENGINE_API_CLASSES + "), or add "
                        + "it to the API on purpose; ENGINE_REACH_IN_EXCEPTIONS lists today's debts, not a place for "
                        + "new ones");
    }

    static ArchRule functionsNeverUseTools(String root) {
        return noClasses().that().resideInAnyPackage(packages(root, FUNCTION_CODE))
                .should().dependOnClassesThat().resideInAnyPackage(packages(root, TOOLS))
                .because("the tools live in test source roots and never in a function zip: move what both need "
                        + "into the function's side (or the engine) and let the tool use it from there");
    }

    private static SliceAssignment engineSlices(String root) {
        String engine = root + ".core";
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = c.getPackageName();
                if (pkg.equals(engine)) {
                    return SliceIdentifier.of("core");
                }
                if (pkg.startsWith(engine + ".")) {
                    return SliceIdentifier.of("core." + pkg.substring(engine.length() + 1).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the engine's packages (" + engine + " and each " + engine + ".*)";
            }
        };
    }

    private static ArchCondition<JavaClass> reachEngineOnlyThroughApi(String root, Set<String> exceptions) {
        return new ArchCondition<>("reach the engine only through its API") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String pair = reachIn(root, origin, d);
                    if (pair != null && !exceptions.contains(pair)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (" + pair + ")"));
                    }
                }
            }
        };
    }

    /** "origin -> target" relative to the root when the dependency enters the engine outside its API, else null. */
    private static String reachIn(String root, JavaClass origin, Dependency d) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        String engine = root + ".core";
        String pkg = target.getPackageName();
        if (!pkg.equals(engine) && !pkg.startsWith(engine + ".")) {
            return null;
        }
        String name = relative(root, topLevel(target));
        for (String api : ENGINE_API_PACKAGES) {
            String p = api.endsWith("..") ? api.substring(0, api.length() - 2) : api;
            String rel = relative(root, pkg);
            if (rel.equals(p) || (api.endsWith("..") && rel.startsWith(p + "."))) {
                return null;
            }
        }
        if (ENGINE_API_CLASSES.contains(name)) {
            return null;
        }
        return relative(root, topLevel(origin)) + " -> " + name;
    }

    private static Set<String> reachIns(String root, JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                packages(root, ADAPTERS)))) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String pair = reachIn(root, c, d);
                if (pair != null) {
                    found.add(pair);
                }
            }
        }
        return found;
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String relative(String root, String name) {
        return name.substring(root.length() + 1);
    }

    private static String[] packages(String root, List<String> names) {
        return names.stream().map(n -> root + "." + n + "..").toArray(String[]::new);
    }

    private static void assertViolated(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
        assertTrue(result.hasViolation(), "the rule should catch the fixture: " + rule.getDescription());
    }

    private static void assertHolds(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    /**
     * The project's compiled classes under the root, without those compiled from a test source root. Read from the
     * build's two output folders: scanning the whole classpath for the package took a minute.
     */
    private static JavaClasses projectClasses() {
        JavaClasses all = new ClassFileImporter().importPaths(outputFolder(dev.articleevents.core.ArticleAnalyzer.class),
                outputFolder(ArchitectureTest.class));
        return all.that(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("not compiled from a test root") {
            @Override
            public boolean test(JavaClass c) {
                return !fromTestRoot(c);
            }
        });
    }

    private static Path outputFolder(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean fromTestRoot(JavaClass c) {
        String file = c.getSource().flatMap(s -> s.getFileName()).orElse(null);
        if (file == null) {
            return false;
        }
        Path relative = Path.of(c.getPackageName().replace('.', '/'), file);
        for (String root : TEST_ROOTS) {
            if (Files.exists(TestFiles.projectDir().resolve(root).resolve(relative))) {
                return true;
            }
        }
        return false;
    }
}
