package dev.articleevents.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.articleevents.local.LocalAws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Cold start of the packaged events function, as close to Lambda as this machine allows: the content of
 * {@code target/events/function.zip} (its classes as one jar, its {@code lib/*.jar}) runs in a fresh JVM
 * under AWS's Lambda runtime interface client ({@code AWSLambda}, handler
 * {@code io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest}), which polls a small Lambda Runtime API
 * served here; the function reads the article from, and writes its result to, the project's embedded S3
 * and SQS servers ({@link LocalAws}). Measured per launch: process start to the runtime's first
 * {@code /invocation/next} (init) and to the POST of the first S3 event's response (cold start). Then the
 * same with an AppCDS archive made by a training run ({@code -XX:ArchiveClassesAtExit}), and one warm-up
 * launch that serves many events and reads the heap with {@code jstat} before and after a full GC.
 *
 * <pre>args: [zip] [out.json] [runs] [warm-up events]</pre>
 */
public final class LambdaColdStart {
    static final String INPUT = "articles-in";
    static final String RESULTS = "articles-results";
    static final String SEED_KEY = "samples/000_ec3e5877bfe64987.txt";
    static final String HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";
    /** JVM flags as set for a 1 024 MB java17/java21 Lambda function (serial GC, C1 only); heap cap ours. */
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation",
            "-XX:TieredStopAtLevel=1", "-Xmx880m", "-Djava.net.preferIPv4Stack=true");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalAws aws;
    private final String queueUrl;
    private final Path work;
    private final List<String> classpath;
    private final List<String> warmKeys = new ArrayList<>();
    private int launches;

    LambdaColdStart(LocalAws aws, String queueUrl, Path work, List<String> classpath) {
        this.aws = aws;
        this.queueUrl = queueUrl;
        this.work = work;
        this.classpath = classpath;
    }

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args.length > 0 ? args[0] : "target/events/function.zip");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/lambda-coldstart.json");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmEvents = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Path work = out.toAbsolutePath().getParent().resolve("function");
        List<String> cp = unpack(zip, work);
        try (var logs = Files.list(work)) {
            for (Path p : logs.filter(p -> p.getFileName().toString().startsWith("launch-")).toList()) {
                Files.delete(p);
            }
        }

        ObjectNode report = JSON.createObjectNode();
        report.put("zip", zip.toString());
        report.put("zipBytes", Files.size(zip));
        report.put("flags", String.join(" ", LAMBDA_FLAGS));
        report.put("handler", HANDLER);
        try (LocalAws aws = LocalAws.start(0, 0, Set.of(), (bucket, key, size, eTag) -> { })) {
            aws.createBucket(INPUT);
            aws.createBucket(RESULTS);
            String queue = aws.createQueue("article-results", Map.of());
            LambdaColdStart bench = new LambdaColdStart(aws, queue, work, cp);
            bench.upload();

            report.set("plain", bench.series(runs, List.of(), report));
            bench.requireResult();
            Path jsa = work.resolve("app.jsa");
            Files.deleteIfExists(jsa);
            Launch training = bench.launch(List.of("-XX:ArchiveClassesAtExit=" + jsa), warmEvents, null);
            if (!Files.exists(jsa)) {
                throw new IllegalStateException("the training run wrote no AppCDS archive " + jsa);
            }
            System.out.printf("AppCDS training run: %d events, archive %.1f MB%n", training.responses,
                    Files.size(jsa) / 1e6);
            report.put("appCdsArchiveBytes", Files.size(jsa));
            report.put("appCdsTrainingEvents", training.responses);
            report.set("appcds", bench.series(runs, List.of("-XX:SharedArchiveFile=" + jsa), null));

            ObjectNode heap = JSON.createObjectNode();
            bench.launch(List.of(), warmEvents, heap);
            report.set("heapAfterWarmup", heap);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
        System.out.println("wrote " + out);
    }

    /** function.zip → work/task.jar (everything but lib/, no manifest) + work/lib/*.jar; the classpath. */
    static List<String> unpack(Path zip, Path work) throws IOException {
        Path lib = work.resolve("lib");
        Files.createDirectories(lib);
        try (var old = Files.list(lib)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Path taskJar = work.resolve("task.jar");
        List<String> cp = new ArrayList<>();
        cp.add(taskJar.toString());
        try (ZipFile z = new ZipFile(zip.toFile());
             ZipOutputStream task = new ZipOutputStream(Files.newOutputStream(taskJar))) {
            for (ZipEntry e : Collections.list(z.entries())) {
                if (e.isDirectory() || e.getName().equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                try (InputStream in = z.getInputStream(e)) {
                    if (e.getName().startsWith("lib/") && e.getName().endsWith(".jar")) {
                        Path target = lib.resolve(e.getName().substring(4));
                        Files.copy(in, target);
                        cp.add(target.toString());
                    } else {
                        task.putNextEntry(new ZipEntry(e.getName()));
                        in.transferTo(task);
                        task.closeEntry();
                    }
                }
            }
        }
        // the runtime's own jars (on Lambda they come with the runtime, not the zip)
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-runtime-interface-client-")
                    || name.startsWith("aws-lambda-java-serialization-") || name.startsWith("utils-lite-")) {
                cp.add(entry);
            }
        }
        if (cp.stream().noneMatch(s -> s.contains("aws-lambda-java-runtime-interface-client"))) {
            throw new IllegalStateException("the Lambda runtime interface client is not on the classpath");
        }
        return cp;
    }

    void upload() throws IOException {
        put(SEED_KEY, Files.readAllBytes(BenchArticles.seedPath()), BenchArticles.SEED_PUBLISHED_AT);
        for (BenchArticles.Article a : BenchArticles.eval("all")) {
            String key = "eval/" + a.lang() + "/" + a.id() + ".txt";
            put(key, a.bytes(), a.meta().publishedAt());
            warmKeys.add(key);
        }
    }

    private void put(String key, byte[] bytes, String publishedAt) {
        // through LocalAws.upload: a plain putObject here failed two of the last three runs on a stale keep-alive connection
        aws.upload(INPUT, key, bytes, publishedAt == null ? Map.of() : Map.of("published-at", publishedAt));
    }

    void requireResult() {
        var listed = aws.s3().listObjectsV2(b -> b.bucket(RESULTS).prefix("results/" + SEED_KEY));
        if (listed.contents().isEmpty()) {
            throw new IllegalStateException("the function answered but wrote no result under results/" + SEED_KEY);
        }
        System.out.println("result document: s3://" + RESULTS + "/" + listed.contents().get(0).key());
    }

    /** {@code runs} launches, one S3 event each; the first response goes to {@code report} when given. */
    ObjectNode series(int runs, List<String> extraFlags, ObjectNode report) throws Exception {
        ObjectNode s = JSON.createObjectNode();
        ArrayNode cold = s.putArray("coldMs");
        ArrayNode init = s.putArray("initMs");
        ArrayNode invocation = s.putArray("firstInvocationMs");
        ArrayNode quarkus = s.putArray("quarkusStartedInMs");
        List<Double> colds = new ArrayList<>();
        List<Double> inits = new ArrayList<>();
        List<Double> started = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Launch l = launch(extraFlags, 1, null);
            if (i == 0 && report != null) {
                System.out.println("first response: " + l.firstResponse);
                report.set("firstResponse", JSON.readTree(l.firstResponse));
            }
            cold.add(round(l.coldMs));
            init.add(round(l.initMs));
            invocation.add(round(l.coldMs - l.initMs));
            quarkus.add(round(l.quarkusStartedMs));
            colds.add(l.coldMs);
            inits.add(l.initMs);
            started.add(l.quarkusStartedMs);
            System.out.printf("  %s launch %d: runtime polls after %.0f ms, first response after %.0f ms"
                            + " (Quarkus: started in %.0f ms)%n",
                    extraFlags.isEmpty() ? "plain" : "AppCDS", i + 1, l.initMs, l.coldMs, l.quarkusStartedMs);
        }
        s.put("medianColdMs", round(median(colds)));
        s.put("medianInitMs", round(median(inits)));
        s.put("medianQuarkusStartedInMs", round(median(started)));
        s.put("flags", String.join(" ", extraFlags));
        return s;
    }

    static double quarkusStarted(Path log) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("started in ([0-9.]+)s")
                .matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        return m.find() ? Double.parseDouble(m.group(1)) * 1000 : -1;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** What one launch measured. */
    static final class Launch {
        double initMs;
        double coldMs;
        String firstResponse;
        int responses;
        /** "started in N s" as Quarkus logs it (from its own start, inside the init), -1 if not found. */
        double quarkusStartedMs = -1;
    }

    /**
     * Starts the function in a fresh JVM, serves it {@code events} S3 events (the seed first, then the
     * evaluation articles round robin), stops it (SIGTERM, so an AppCDS archive is written at exit).
     */
    Launch launch(List<String> extraFlags, int events, ObjectNode heap) throws Exception {
        RuntimeApi api = new RuntimeApi(events);
        for (int i = 0; i < events; i++) {
            String key = i == 0 ? SEED_KEY : warmKeys.get((i - 1) % warmKeys.size());
            api.pending.add(s3Event(key, i));
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(LAMBDA_FLAGS);
        cmd.addAll(extraFlags);
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, classpath));
        cmd.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        cmd.add(HANDLER);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        Map<String, String> env = pb.environment();
        String path = env.get("PATH");
        env.clear();
        env.put("PATH", path == null ? "/usr/bin:/bin" : path);
        env.put("HOME", work.toString());
        env.put("TZ", "UTC");
        env.putAll(functionEnv(api.port()));
        Path log = work.resolve("launch-" + (++launches) + ".log");
        Files.deleteIfExists(log);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Launch l = new Launch();
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            String first = api.firstResponse.get(180, TimeUnit.SECONDS);
            l.initMs = (api.firstNextAt - t0) / 1e6;
            l.coldMs = (api.firstResponseAt - t0) / 1e6;
            l.firstResponse = first;
            l.quarkusStartedMs = quarkusStarted(log);
            if (!api.allDone.await(600, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + (events - api.allDone.getCount()) + " of " + events + " events answered");
            }
            l.responses = events;
            if (!api.errors.isEmpty()) {
                throw new IllegalStateException("the function reported errors: " + api.errors.get(0) + " (log: " + log + ")");
            }
            if (heap != null) {
                heap.put("events", events);
                heap.set("beforeGc", jstat(p.pid()));
                jcmd(p.pid(), "GC.run");
                heap.set("afterFullGc", jstat(p.pid()));
                heap.put("rssMB", rssMB(p.pid()));
                System.out.printf("heap after %d events: %s before GC, %s after a full GC; RSS %.0f MB%n", events,
                        heap.get("beforeGc").get("usedMB"), heap.get("afterFullGc").get("usedMB"), heap.get("rssMB").asDouble());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no response within 180 s (log: " + log + ")", e);
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            api.close();
        }
        return l;
    }

    Map<String, String> functionEnv(int apiPort) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + apiPort);
        env.put("_HANDLER", HANDLER);
        env.put("LAMBDA_TASK_ROOT", work.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "article-events-bench");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"); // as Lambda sets it for a cold start without SnapStart
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/article-events-bench");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        env.put("AWS_REGION", LocalAws.REGION);
        env.put("AWS_DEFAULT_REGION", LocalAws.REGION);
        env.put("AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_KEY);
        for (String service : new String[]{"S3", "SQS"}) {
            String endpoint = service.equals("S3") ? aws.s3Endpoint() : aws.sqsEndpoint();
            env.put("QUARKUS_" + service + "_ENDPOINT_OVERRIDE", endpoint);
            env.put("QUARKUS_" + service + "_AWS_REGION", LocalAws.REGION);
            env.put("QUARKUS_" + service + "_AWS_CREDENTIALS_TYPE", "static");
            env.put("QUARKUS_" + service + "_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", LocalAws.ACCESS_KEY);
            env.put("QUARKUS_" + service + "_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", LocalAws.SECRET_KEY);
        }
        env.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        env.put("QUARKUS_FUNQY_EXPORT", "analyze-s3-event");
        env.put("APP_INPUT_BUCKET", INPUT);
        env.put("APP_RESULTS_BUCKET", RESULTS);
        env.put("APP_NOTIFY_QUEUE_URL", queueUrl);
        return env;
    }

    /** An S3 ObjectCreated:Put notification for one key of the input bucket (as events/s3-put.json). */
    static String s3Event(String key, int n) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(Path.of(
                System.getProperty("bench.event", "events/s3-put.json"))));
        ObjectNode object = (ObjectNode) event.path("Records").get(0).path("s3").path("object");
        object.put("key", key);
        object.put("eTag", String.format(Locale.ROOT, "%032x", n + 1L));
        return JSON.writeValueAsString(event);
    }

    static ObjectNode jstat(long pid) throws IOException, InterruptedException {
        String out = run(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", Long.toString(pid));
        String[] lines = out.strip().split("\n");
        String[] head = lines[0].trim().split("\\s+");
        String[] vals = lines[lines.length - 1].trim().split("\\s+");
        ObjectNode n = JSON.createObjectNode();
        double used = 0;
        double capacity = 0;
        for (int i = 0; i < head.length && i < vals.length; i++) {
            if (!vals[i].matches("[0-9.]+")) {
                continue;
            }
            double v = Double.parseDouble(vals[i]);
            switch (head[i]) {
                case "S0U", "S1U", "EU", "OU" -> used += v;
                case "S0C", "S1C", "EC", "OC" -> capacity += v;
                case "MU" -> n.put("metaspaceUsedMB", round(v / 1024));
                default -> { }
            }
        }
        n.put("usedMB", round(used / 1024));
        n.put("committedMB", round(capacity / 1024));
        return n;
    }

    static void jcmd(long pid, String command) throws IOException, InterruptedException {
        run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command);
    }

    static double rssMB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
            }
        }
        return -1;
    }

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    /**
     * The Lambda Runtime API (2018-06-01) as far as the runtime client uses it: {@code GET
     * /runtime/invocation/next} hands out the pending events one by one (then waits, as Lambda does),
     * {@code POST /runtime/invocation/{id}/response|error} and {@code POST /runtime/init/error} are recorded.
     */
    static final class RuntimeApi implements AutoCloseable {
        private static final String PREFIX = "/2018-06-01/runtime/";
        final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
        final CompletableFuture<String> firstResponse = new CompletableFuture<>();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Boolean> answered = new ConcurrentHashMap<>();
        final CountDownLatch allDone = new CountDownLatch(1);
        private final int total;
        volatile long firstNextAt;
        volatile long firstResponseAt;
        private volatile boolean closed;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "runtime-api");
            t.setDaemon(true);
            return t;
        });
        private int served;

        RuntimeApi(int total) throws IOException {
            this.total = total;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.setExecutor(threads);
            server.createContext("/", this::handle);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        private void handle(HttpExchange ex) throws IOException {
            long now = System.nanoTime();
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            try {
                if (ex.getRequestMethod().equals("GET") && path.equals(PREFIX + "invocation/next")) {
                    next(ex, now);
                } else if (path.startsWith(PREFIX + "invocation/") && path.endsWith("/response")) {
                    if (firstResponseAt == 0) {
                        firstResponseAt = now;
                    }
                    firstResponse.complete(new String(body, StandardCharsets.UTF_8));
                    answer(ex, 202, "{}");
                    done(path);
                } else if (path.endsWith("/error")) {
                    String err = path + ": " + new String(body, StandardCharsets.UTF_8);
                    errors.add(err);
                    firstResponse.completeExceptionally(new IllegalStateException(err));
                    answer(ex, 202, "{}");
                    done(path);
                } else {
                    answer(ex, 404, "{\"errorMessage\":\"unknown path\"}");
                }
            } finally {
                ex.close();
            }
        }

        private synchronized void done(String path) {
            answered.put(path, true);
            if (answered.size() >= total) {
                allDone.countDown();
            }
        }

        private void next(HttpExchange ex, long now) throws IOException {
            synchronized (this) {
                if (firstNextAt == 0) {
                    firstNextAt = now;
                }
            }
            String event = null;
            while (!closed && event == null) {
                try {
                    event = pending.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (event == null) {
                return;
            }
            int n;
            synchronized (this) {
                n = ++served;
            }
            String requestId = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", n);
            ex.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", requestId);
            ex.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
            ex.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:us-east-1:000000000000:function:article-events-bench");
            ex.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
            answer(ex, 200, event);
        }

        private static void answer(HttpExchange ex, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            closed = true;
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
