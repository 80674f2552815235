package com.dezky.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack as README's run command starts it ({@code deploy/local/up --detach}), on
 * ports of its own so it never meets a stack a developer is running, with state under
 * {@code target/}. Started once for all end-to-end tests of a JVM.
 */
final class LocalStack {

    static final int GATEWAY = 18080;
    static final int OIDC = 19000;
    static final int SANDBOX = 19100;
    static final int GATEWAY_MANAGEMENT = 18090;
    static final int OPERATOR_BFF_MANAGEMENT = 18091;
    static final int PORTAL_BFF_MANAGEMENT = 18092;
    static final int PLATFORM_API_MANAGEMENT = 18093;
    static final int PROMETHEUS = 19090;
    static final int ALERTMANAGER = 19093;
    static final String OPERATOR_HOST = "operator.localhost:" + GATEWAY;
    static final String PORTAL_HOST = "app.localhost:" + GATEWAY;
    static final String API_HOST = "api.localhost:" + GATEWAY;

    private static final Path ROOT = Path.of(System.getProperty("dezky.root", "..")).toAbsolutePath().normalize();
    private static final Path STATES = Path.of(System.getProperty("dezky.state", "target/local-stack")).toAbsolutePath();
    private static final LocalStack DEFAULT = new LocalStack(STATES, 0, 1, Map.of());

    private final Path state;
    private final int portOffset;
    private final int replicas;
    private final Map<String, String> settings;
    private boolean started;

    private LocalStack(Path state, int portOffset, int replicas, Map<String, String> settings) {
        this.state = state;
        this.portOffset = portOffset;
        this.replicas = replicas;
        this.settings = settings;
    }

    /** The log file of one service of the stack. */
    static Path log(String service) {
        return DEFAULT.logOf(service);
    }

    static void ensureStarted() throws IOException, InterruptedException {
        DEFAULT.start();
    }

    /**
     * A second stack, scaled out: two replicas of platform-api and of each BFF (sessions in Redis,
     * under keys of its own), on ports 2000 above the default stack's, state in a folder of its own;
     * {@code settings} are added to its environment.
     */
    static LocalStack scaledOut(Map<String, String> settings) {
        return new LocalStack(STATES.resolveSibling(STATES.getFileName() + "-scaled-out"), 2000, 2, settings);
    }

    Path logOf(String service) {
        return state.resolve(".logs").resolve(service + ".log");
    }

    /** The pid of one of this stack's processes, e.g. {@code platform-api-2}. */
    long pid(String service) throws IOException {
        return Long.parseLong(Files.readString(state.resolve(".run").resolve(service + ".pid")).trim());
    }

    int gatewayPort() {
        return GATEWAY + portOffset;
    }

    int port(int defaultStackPort) {
        return defaultStackPort + portOffset;
    }

    /** A public host of this stack's gateway: {@code operator}, {@code app} or {@code api}. */
    String host(String name) {
        return name + ".localhost:" + gatewayPort();
    }

    synchronized void start() throws IOException, InterruptedException {
        if (started) {
            return;
        }
        // A previous run's data would make results depend on history.
        deleteRecursively(state.resolve(".data"));
        run("up", "--detach");
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "local-stack-down"));
    }

    synchronized void stop() throws IOException, InterruptedException {
        if (started) {
            run("down");
            started = false;
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (Exception e) {
            System.err.println("deploy/local/down failed: " + e);
        }
    }

    private void run(String command, String... args) throws IOException, InterruptedException {
        Files.createDirectories(state);
        Path log = state.resolve(command + ".out");
        ProcessBuilder process = new ProcessBuilder();
        process.command().add(ROOT.resolve("deploy/local/" + command).toString());
        process.command().addAll(java.util.List.of(args));
        process.directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        process.environment().putAll(environment());
        Process running = process.start();
        if (!running.waitFor(5, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new IllegalStateException("deploy/local/" + command + " timed out:\n" + Files.readString(log));
        }
        if (running.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/" + command + " failed:\n" + Files.readString(log));
        }
    }

    /** Runs the demo data seeder again, as {@code deploy/local/up} does; answers its last log line. */
    static String seedDemoData() throws IOException, InterruptedException {
        Path log = DEFAULT.state.resolve("demo-data-again.out");
        ProcessBuilder seeder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                ROOT.resolve("deploy/local/devstack/target/devstack-0.1.0-SNAPSHOT.jar").toString(), "demo-data");
        seeder.environment().putAll(DEFAULT.environment());
        seeder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process running = seeder.start();
        if (!running.waitFor(2, TimeUnit.MINUTES) || running.exitValue() != 0) {
            throw new IllegalStateException("The demo data seeder failed:\n" + Files.readString(log));
        }
        List<String> lines = Files.readAllLines(log);
        return lines.isEmpty() ? "" : lines.getLast();
    }

    /** The stack's own ports and places: nothing of a developer's stack is used or changed. */
    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DEZKY_STATE", state.toString());
        // Explicitly, as .ci/run (and a developer's shell) may have exported the developer's own.
        env.put("DEZKY_DATA_DIR", state.resolve(".data").toString());
        env.put("DEZKY_LOG_DIR", state.resolve(".logs").toString());
        env.put("DEZKY_RUN_DIR", state.resolve(".run").toString());
        env.put("DEZKY_REPLICAS", String.valueOf(replicas));
        env.put("DEZKY_OPERATOR_ISSUER", "http://localhost:" + port(OIDC) + "/dezky-operator");
        env.put("DEZKY_GATEWAY_PORT", String.valueOf(port(GATEWAY)));
        env.put("DEZKY_GATEWAY_MANAGEMENT_PORT", String.valueOf(port(GATEWAY_MANAGEMENT)));
        env.put("OPERATOR_BFF_PORT", String.valueOf(port(18081)));
        env.put("PORTAL_BFF_PORT", String.valueOf(port(18082)));
        env.put("PLATFORM_API_PORT", String.valueOf(port(18083)));
        env.put("OPERATOR_BFF_MANAGEMENT_PORT", String.valueOf(port(OPERATOR_BFF_MANAGEMENT)));
        env.put("PORTAL_BFF_MANAGEMENT_PORT", String.valueOf(port(PORTAL_BFF_MANAGEMENT)));
        env.put("PLATFORM_API_MANAGEMENT_PORT", String.valueOf(port(PLATFORM_API_MANAGEMENT)));
        env.put("DEZKY_MONGO_PORT", String.valueOf(port(28018)));
        env.put("DEZKY_OIDC_PORT", String.valueOf(port(OIDC)));
        env.put("DEZKY_SANDBOX_PORT", String.valueOf(port(SANDBOX)));
        env.put("DEZKY_PROMETHEUS_PORT", String.valueOf(port(PROMETHEUS)));
        env.put("DEZKY_ALERTMANAGER_PORT", String.valueOf(port(ALERTMANAGER)));
        // The alerting loop's timers shortened, so that an alert becomes an incident in seconds
        // (AlertingLoopIT); a circuit half-opens after 5 s instead of 30 s, so it heals quickly too.
        env.put("DEZKY_SCRAPE_INTERVAL", "2s");
        env.put("DEZKY_RULE_EVALUATION_INTERVAL", "2s");
        env.put("DEZKY_ALERT_FOR", "2s");
        env.put("DEZKY_ALERTMANAGER_GROUP_WAIT", "1s");
        env.put("DEZKY_ALERTMANAGER_GROUP_INTERVAL", "2s");
        env.put("DEZKY_ALERTMANAGER_REPEAT_INTERVAL", "1m");
        env.put("DEZKY_UPSTREAMS_OCIS_RESILIENCE_OPENFOR", "5s");
        // Another deployment for the operator's environment menu; the suite opens it only as far as
        // the confirmation, never the address (which resolves nowhere).
        env.put("DEZKY_OPERATOR_OTHER_ENVIRONMENTS", "production|prod|https://operator.dezky.invalid");
        // Rate-limit buckets and sessions of this stack's own in the shared Redis; every browser of the
        // suite signs in from 127.0.0.1, so the per-address sign-in limit is raised for it (its rule is
        // tested in gateway).
        String ownKeys = "dezky-e2e-" + ProcessHandle.current().pid() + "-" + portOffset;
        env.put("DEZKY_RATE_LIMITS_PREFIX", ownKeys);
        env.put("DEZKY_SESSION_PREFIX", ownKeys);
        env.put("DEZKY_RATE_LIMIT_SIGN_IN_BURST", "1000");
        env.putAll(settings);
        return env;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
