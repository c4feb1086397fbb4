package dev.articleevents.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps infra/template.yaml honest about the code: handler classes, the Funqy export name, the APP_*
 * settings, the zip paths, references between resources, least-privilege IAM and bucket hardening. Runs in
 * both Maven profiles (events and http), reads files only, no network. cfn-lint (.ci/infra-check) checks
 * CloudFormation itself; this test checks what cfn-lint cannot know: the Java side.
 */
class TemplateConsistencyTest {
    static final Path ROOT = Path.of(System.getProperty("user.dir"));
    static final Path TEMPLATE = ROOT.resolve("infra/template.yaml");

    static final String FUNQY_HANDLER_CLASS = "io.quarkus.funqy.lambda.FunqyStreamHandler";
    static final String HTTP_HANDLER_CLASS = "io.quarkus.amazon.lambda.http.LambdaHttpHandler";
    static final String HANDLER_METHOD = "handleRequest";
    /** The zip each Maven profile builds (relative to the project root) and the handler that runs it. */
    static final Map<String, String> HANDLER_BY_ZIP = Map.of(
            "target/events/function.zip", FUNQY_HANDLER_CLASS + "::" + HANDLER_METHOD,
            "target/http/function.zip", HTTP_HANDLER_CLASS + "::" + HANDLER_METHOD);
    /** Settings the events function cannot work without (bucket guard included). */
    static final List<String> REQUIRED_EVENTS_ENV = List.of("APP_RESULTS_BUCKET", "APP_NOTIFY_QUEUE_URL", "APP_INPUT_BUCKET");

    static final Set<String> FUNCTION_TYPES = Set.of("AWS::Serverless::Function", "AWS::Lambda::Function");
    private static final Pattern FUNQ_NAMED = Pattern.compile("@Funq\\s*\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern FUNQ_UNNAMED = Pattern.compile(
            "@Funq(?!\\s*\\()\\s+(?:public\\s+)?(?:[\\w.<>,?\\[\\]]+\\s+)+(\\w+)\\s*\\(");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(?!!)([^}]+)}");

    /** What the template is checked against, taken from the sources. */
    record CodeFacts(Set<String> funqNames, String appConfigSource) {
        static CodeFacts fromSources() {
            Path events = ROOT.resolve("src/events/java");
            Set<String> names = new TreeSet<>();
            try (Stream<Path> files = Files.walk(events)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(f);
                    Matcher m = FUNQ_NAMED.matcher(src);
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                    Matcher u = FUNQ_UNNAMED.matcher(src);
                    while (u.find()) {
                        names.add(u.group(1));
                    }
                }
                String appConfig = Files.readString(events.resolve("dev/articleevents/processing/AppConfig.java"));
                return new CodeFacts(names, appConfig);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the events sources under " + events, e);
            }
        }
    }

    @Test
    void templateMatchesTheCode() throws IOException {
        assertTrue(Files.isRegularFile(TEMPLATE), "missing " + TEMPLATE + " (user.dir must be the project root)");
        CodeFacts facts = CodeFacts.fromSources();
        assertFalse(facts.funqNames().isEmpty(), "no @Funq function found under src/events/java");

        List<String> problems = check(new YAMLMapper().readTree(TEMPLATE.toFile()), facts);

        assertTrue(problems.isEmpty(), TEMPLATE + " disagrees with the code:\n  - " + String.join("\n  - ", problems));
    }

    /**
     * The handler strings are checked against constants above; this proves the constants name real classes
     * with a handleRequest method. Each profile puts exactly one of the two Lambda extensions on the
     * classpath (events: Funqy, http: Lambda HTTP), so exactly one must load, and the other is covered by
     * the other profile's run of this test.
     */
    @Test
    void handlerClassesExistInTheDependencyTree() {
        Class<?> funqy = load(FUNQY_HANDLER_CLASS);
        Class<?> http = load(HTTP_HANDLER_CLASS);
        assertTrue(funqy != null ^ http != null, "exactly one of " + FUNQY_HANDLER_CLASS + " (events profile) and "
                + HTTP_HANDLER_CLASS + " (-Phttp) must be on the test classpath, but funqy loadable=" + (funqy != null)
                + ", http loadable=" + (http != null) + " - was a Lambda extension renamed, moved or added to both profiles?");
        Class<?> present = funqy != null ? funqy : http;
        assertTrue(Arrays.stream(present.getMethods()).map(Method::getName).anyMatch(HANDLER_METHOD::equals),
                present.getName() + " has no public " + HANDLER_METHOD + " method; the template's Handler would fail at run time");
    }

    /** Proves the checks can fail: every kind of problem in a small broken template is reported. */
    @Test
    void brokenTemplateIsReported() throws IOException {
        String broken = """
                Parameters:
                  BucketName: {Type: String}
                Conditions:
                  IsJvm: {Fn::Equals: [{Ref: Flavour}, jvm]}
                Resources:
                  In:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: {Ref: BucketName}
                  Out:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: {Ref: BucketName}
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: false
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: true
                  Fn1:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: ../target/function.zip
                      Handler: {Fn::If: [IsJvm, com.example.Handler::handleRequest, not.used]}
                      Environment:
                        Variables:
                          QUARKUS_FUNQY_EXPORT: no-such-function
                          APP_INPUT_BUCKET: {Ref: In}
                          APP_RESULTS_BUCKET: {Ref: Out}
                          APP_COLOUR_OF_SKY: blue
                          APP_NOTIFY_QUEUE_URL: {Ref: MissingQueue}
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: ['s3:Get*', 'sqs:SendMessage']
                              Resource: {Fn::GetAtt: [GhostQueue, Arn]}
                  Fn2:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: ../target/http/function.zip
                      Handler: io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest
                """;
        CodeFacts facts = CodeFacts.fromSources();

        List<String> problems = check(new YAMLMapper().readTree(broken), facts);
        String all = String.join("\n", problems);

        List<String> expected = List.of(
                "Resources.Fn1: CodeUri '../target/function.zip'",
                "Resources.Fn1: Handler (jvm) 'com.example.Handler::handleRequest' is not one of",
                "Resources.Fn2: Handler (jvm) 'io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest' does not run target/http/function.zip",
                "QUARKUS_FUNQY_EXPORT 'no-such-function' is not a @Funq name",
                "APP_COLOUR_OF_SKY has no AppConfig method colourOfSky()",
                "Ref 'MissingQueue' is neither a resource, a parameter nor an AWS:: pseudo parameter",
                "Ref 'Flavour' is neither a resource, a parameter nor an AWS:: pseudo parameter",
                "Fn::GetAtt target 'GhostQueue' is not a resource",
                "allows wildcard action 's3:Get*'",
                "Resources.In: bucket has no PublicAccessBlockConfiguration",
                "Resources.In: bucket has no BucketEncryption",
                "Resources.Out: PublicAccessBlockConfiguration.BlockPublicPolicy is not true",
                "APP_INPUT_BUCKET and APP_RESULTS_BUCKET both resolve to parameter BucketName");
        for (String e : expected) {
            assertTrue(all.contains(e), "expected a problem containing \"" + e + "\", got:\n" + all);
        }
        assertEquals(expected.size(), problems.size(), "unexpected extra problems:\n" + all);
    }

    // ------------------------------------------------------------------------------------------ checks

    /** All disagreements between a (SAM/CloudFormation) template and the code, as readable sentences. */
    static List<String> check(JsonNode template, CodeFacts facts) {
        List<String> problems = new ArrayList<>();
        JsonNode resources = template.path("Resources");
        if (!resources.isObject() || resources.isEmpty()) {
            problems.add("template has no Resources");
            return problems;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            String type = r.getValue().path("Type").asText();
            if (FUNCTION_TYPES.contains(type)) {
                checkFunction(template, r.getKey(), r.getValue(), facts, problems);
            } else if (type.equals("AWS::S3::Bucket")) {
                checkBucket(r.getKey(), r.getValue().path("Properties"), problems);
            }
        }
        checkReferences(template, problems);
        checkPolicies(template, "", problems);
        return problems;
    }

    private static void checkFunction(JsonNode template, String name, JsonNode resource, CodeFacts facts, List<String> problems) {
        String where = "Resources." + name;
        String zip = null;
        JsonNode codeUri = property(template, resource, "CodeUri");
        if (codeUri.isTextual()) {
            // SAM resolves CodeUri relative to the template, which lives in infra/
            zip = Path.of("infra").resolve(codeUri.asText()).normalize().toString().replace('\\', '/');
        }
        if (zip == null || !HANDLER_BY_ZIP.containsKey(zip)) {
            problems.add(where + ": CodeUri " + (codeUri.isTextual() ? "'" + codeUri.asText() + "'" : codeUri.toString())
                    + " does not point at one of the Maven-built zips " + new TreeSet<>(HANDLER_BY_ZIP.keySet())
                    + " (written relative to infra/, e.g. ../target/events/function.zip)");
            zip = null;
        }

        JsonNode handlerNode = property(template, resource, "Handler");
        String handler = jvmValue(template, handlerNode, where + ".Handler", problems);
        if (handler == null) {
            problems.add(where + ": no Handler for the jvm flavour (got " + handlerNode + ")");
        } else if (!HANDLER_BY_ZIP.containsValue(handler)) {
            problems.add(where + ": Handler (jvm) '" + handler + "' is not one of " + new TreeSet<>(HANDLER_BY_ZIP.values()));
        } else if (zip != null && !HANDLER_BY_ZIP.get(zip).equals(handler)) {
            problems.add(where + ": Handler (jvm) '" + handler + "' does not run " + zip + ", which needs '" + HANDLER_BY_ZIP.get(zip) + "'");
        }

        JsonNode vars = property(template, resource, "Environment").path("Variables");
        Set<String> names = new LinkedHashSet<>();
        vars.fieldNames().forEachRemaining(names::add);
        JsonNode export = vars.path("QUARKUS_FUNQY_EXPORT");
        if (!export.isMissingNode()) {
            if (!export.isTextual() || !facts.funqNames().contains(export.asText())) {
                problems.add(where + ": QUARKUS_FUNQY_EXPORT '" + export.asText(export.toString())
                        + "' is not a @Funq name of src/events/java " + facts.funqNames());
            }
        } else if ("target/events/function.zip".equals(zip)) {
            problems.add(where + ": the events function must set QUARKUS_FUNQY_EXPORT to one of " + facts.funqNames());
        }
        for (String var : names) {
            if (var.startsWith("APP_")) {
                String method = camel(var.substring(4));
                if (!Pattern.compile("\\b" + Pattern.quote(method) + "\\s*\\(\\s*\\)").matcher(facts.appConfigSource()).find()) {
                    problems.add(where + ": environment variable " + var + " has no AppConfig method " + method
                            + "() in src/events/java/dev/articleevents/processing/AppConfig.java (the function would ignore it)");
                }
            }
        }
        if ("target/events/function.zip".equals(zip)) {
            for (String required : REQUIRED_EVENTS_ENV) {
                if (!names.contains(required)) {
                    problems.add(where + ": the events function must set " + required);
                }
            }
        }
        if (names.contains("APP_INPUT_BUCKET") && names.contains("APP_RESULTS_BUCKET")) {
            String in = bucketOrigin(template, vars.get("APP_INPUT_BUCKET"));
            String out = bucketOrigin(template, vars.get("APP_RESULTS_BUCKET"));
            if (in.equals(out)) {
                problems.add(where + ": APP_INPUT_BUCKET and APP_RESULTS_BUCKET both resolve to " + in
                        + "; a result written to the input bucket would trigger the function again");
            }
        }
    }

    private static void checkBucket(String name, JsonNode props, List<String> problems) {
        String where = "Resources." + name;
        JsonNode pab = props.path("PublicAccessBlockConfiguration");
        if (pab.isMissingNode()) {
            problems.add(where + ": bucket has no PublicAccessBlockConfiguration");
        } else {
            for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
                if (!pab.path(flag).asBoolean(false)) {
                    problems.add(where + ": PublicAccessBlockConfiguration." + flag + " is not true");
                }
            }
        }
        JsonNode rules = props.path("BucketEncryption").path("ServerSideEncryptionConfiguration");
        boolean encrypted = false;
        for (JsonNode rule : rules) {
            encrypted |= !rule.path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText().isEmpty();
        }
        if (!encrypted) {
            problems.add(where + ": bucket has no BucketEncryption (ServerSideEncryptionByDefault.SSEAlgorithm)");
        }
    }

    /** Every Ref, Fn::GetAtt, Fn::Sub variable, condition, mapping and DependsOn must name something that exists. */
    private static void checkReferences(JsonNode template, List<String> problems) {
        Set<String> resources = names(template.path("Resources"));
        Set<String> parameters = names(template.path("Parameters"));
        Set<String> conditions = names(template.path("Conditions"));
        Set<String> mappings = names(template.path("Mappings"));
        for (String section : List.of("Resources", "Outputs", "Conditions", "Rules", "Globals")) {
            walk(template.path(section), section, (path, key, value) -> {
                switch (key) {
                    case "Ref" -> {
                        String target = value.asText();
                        if (!value.isTextual() || !(resources.contains(target) || parameters.contains(target) || target.startsWith("AWS::"))) {
                            problems.add(path + ": Ref '" + target + "' is neither a resource, a parameter nor an AWS:: pseudo parameter");
                        }
                    }
                    case "Fn::GetAtt" -> {
                        String target = value.isArray() ? value.path(0).asText() : value.asText().split("\\.", 2)[0];
                        if (!resources.contains(target)) {
                            problems.add(path + ": Fn::GetAtt target '" + target + "' is not a resource");
                        }
                    }
                    case "Fn::Sub" -> {
                        String text = value.isArray() ? value.path(0).asText() : value.asText();
                        Set<String> local = value.isArray() ? names(value.path(1)) : Set.of();
                        Matcher m = SUB_VARIABLE.matcher(text);
                        while (m.find()) {
                            String var = m.group(1).trim();
                            String head = var.split("\\.", 2)[0];
                            boolean ok = local.contains(var) || var.startsWith("AWS::")
                                    || (var.contains(".") ? resources.contains(head) : resources.contains(var) || parameters.contains(var));
                            if (!ok) {
                                problems.add(path + ": Fn::Sub variable ${" + var + "} is neither a resource (attribute), a parameter nor an AWS:: pseudo parameter");
                            }
                        }
                    }
                    case "Fn::If" -> {
                        if (!conditions.contains(value.path(0).asText())) {
                            problems.add(path + ": Fn::If condition '" + value.path(0).asText() + "' is not defined under Conditions");
                        }
                    }
                    case "Fn::FindInMap" -> {
                        if (!mappings.contains(value.path(0).asText())) {
                            problems.add(path + ": Fn::FindInMap map '" + value.path(0).asText() + "' is not defined under Mappings");
                        }
                    }
                    default -> { }
                }
            });
        }
        template.path("Resources").fields().forEachRemaining(r -> {
            JsonNode dependsOn = r.getValue().path("DependsOn");
            List<JsonNode> deps = dependsOn.isArray() ? toList(dependsOn) : dependsOn.isMissingNode() ? List.of() : List.of(dependsOn);
            for (JsonNode d : deps) {
                if (!resources.contains(d.asText())) {
                    problems.add("Resources." + r.getKey() + ".DependsOn: '" + d.asText() + "' is not a resource");
                }
            }
            JsonNode condition = r.getValue().path("Condition");
            if (condition.isTextual() && !conditions.contains(condition.asText())) {
                problems.add("Resources." + r.getKey() + ".Condition: '" + condition.asText() + "' is not defined under Conditions");
            }
        });
    }

    /**
     * No Allow statement may use a wildcard action: grants list exactly what the code calls. Deny statements
     * are exempt on purpose: the TLS-only bucket policies deny "s3:*", and narrowing a deny would weaken it.
     */
    private static void checkPolicies(JsonNode node, String path, List<String> problems) {
        walk(node, path, (p, key, value) -> {
            if (!key.equals("Statement")) {
                return;
            }
            List<JsonNode> statements = value.isArray() ? toList(value) : List.of(value);
            for (int i = 0; i < statements.size(); i++) {
                JsonNode st = statements.get(i);
                String where = p + "[" + i + "]" + (st.has("Sid") ? " (Sid " + st.get("Sid").asText() + ")" : "");
                if (!"Allow".equals(st.path("Effect").asText())) {
                    continue;
                }
                if (st.has("NotAction")) {
                    problems.add(where + ": Allow with NotAction grants everything else; list the actions instead");
                }
                JsonNode action = st.path("Action");
                for (JsonNode a : action.isArray() ? toList(action) : List.of(action)) {
                    if (a.asText().contains("*")) {
                        problems.add(where + ": allows wildcard action '" + a.asText() + "'; list the exact actions the code calls");
                    }
                }
            }
        });
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A function property, falling back to Globals.Function as SAM does. */
    private static JsonNode property(JsonNode template, JsonNode resource, String name) {
        JsonNode own = resource.path("Properties").path(name);
        return own.isMissingNode() ? template.path("Globals").path("Function").path(name) : own;
    }

    /** The value a property takes when Flavour=jvm: a plain string, or the chosen branch of an Fn::If. */
    private static String jvmValue(JsonNode template, JsonNode node, String where, List<String> problems) {
        if (node.isTextual()) {
            return node.asText();
        }
        JsonNode fnIf = node.path("Fn::If");
        if (fnIf.isArray() && fnIf.size() == 3) {
            Boolean jvm = condition(template, template.path("Conditions").path(fnIf.path(0).asText()), where);
            if (jvm == null) {
                problems.add(where + ": cannot tell which Fn::If branch applies to Flavour=jvm (condition '" + fnIf.path(0).asText() + "')");
                return null;
            }
            return jvmValue(template, fnIf.path(jvm ? 1 : 2), where, problems);
        }
        return null;
    }

    /** Evaluates a condition with Flavour=jvm and every other parameter at its default; null if unknown. */
    private static Boolean condition(JsonNode template, JsonNode c, String where) {
        if (c.has("Fn::Equals")) {
            String a = scalar(template, c.get("Fn::Equals").path(0));
            String b = scalar(template, c.get("Fn::Equals").path(1));
            return a == null || b == null ? null : a.equals(b);
        }
        if (c.has("Fn::Not")) {
            Boolean v = condition(template, c.get("Fn::Not").path(0), where);
            return v == null ? null : !v;
        }
        if (c.has("Condition")) {
            return condition(template, template.path("Conditions").path(c.get("Condition").asText()), where);
        }
        if (c.has("Fn::And") || c.has("Fn::Or")) {
            boolean and = c.has("Fn::And");
            boolean result = and;
            for (JsonNode part : c.get(and ? "Fn::And" : "Fn::Or")) {
                Boolean v = condition(template, part, where);
                if (v == null) {
                    return null;
                }
                result = and ? result && v : result || v;
            }
            return result;
        }
        return null;
    }

    private static String scalar(JsonNode template, JsonNode n) {
        if (n.isValueNode()) {
            return n.asText();
        }
        if (n.has("Ref")) {
            String p = n.get("Ref").asText();
            if (p.equals("Flavour")) {
                return "jvm";
            }
            JsonNode def = template.path("Parameters").path(p).path("Default");
            return def.isValueNode() ? def.asText() : null;
        }
        return null;
    }

    /** Where a bucket name comes from: "parameter X", "literal x" or "resource X" (an unnamed bucket). */
    private static String bucketOrigin(JsonNode template, JsonNode value) {
        for (int depth = 0; depth < 5; depth++) {
            if (value == null || value.isMissingNode()) {
                return "nothing";
            }
            if (value.isTextual()) {
                return "literal " + value.asText();
            }
            if (!value.has("Ref")) {
                return "expression " + value;
            }
            String ref = value.get("Ref").asText();
            JsonNode resource = template.path("Resources").path(ref);
            if (resource.isMissingNode()) {
                return "parameter " + ref;
            }
            JsonNode bucketName = resource.path("Properties").path("BucketName");
            if (bucketName.isMissingNode()) {
                return "resource " + ref;
            }
            value = bucketName;
        }
        return "expression " + value;
    }

    private static String camel(String upperSnake) {
        StringBuilder sb = new StringBuilder();
        for (String part : upperSnake.toLowerCase(Locale.ROOT).split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return sb.toString();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TemplateConsistencyTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    interface Visitor {
        void visit(String path, String key, JsonNode value);
    }

    /** Depth-first over every object field, with a readable path (Resources.X.Properties.Policies[0]...). */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String child = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                visitor.visit(child, f.getKey(), f.getValue());
                walk(f.getValue(), child, visitor);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
