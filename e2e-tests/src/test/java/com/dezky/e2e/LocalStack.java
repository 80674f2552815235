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
    private static final Path STATE = Path.of(System.getProperty("dezky.state", "target/local-stack")).toAbsolutePath();
    private static boolean started;

    private LocalStack() {
    }

    /** The log file of one service of the stack. */
    static Path log(String service) {
        return STATE.resolve(".logs").resolve(service + ".log");
    }

    static synchronized void ensureStarted() throws IOException, InterruptedException {
        if (started) {
            return;
        }
        // A previous run's data would make results depend on history.
        deleteRecursively(STATE.resolve(".data"));
        run("up", "--detach");
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(LocalStack::stopQuietly, "local-stack-down"));
    }

    private static void stopQuietly() {
        try {
            run("down");
        } catch (Exception e) {
            System.err.println("deploy/local/down failed: " + e);
        }
    }

    private static void run(String command, String... args) throws IOException, InterruptedException {
        Files.createDirectories(STATE);
        Path log = STATE.resolve(command + ".out");
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
        Path log = STATE.resolve("demo-data-again.out");
        ProcessBuilder seeder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                ROOT.resolve("deploy/local/devstack/target/devstack-0.1.0-SNAPSHOT.jar").toString(), "demo-data");
        seeder.environment().putAll(environment());
        seeder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process running = seeder.start();
        if (!running.waitFor(2, TimeUnit.MINUTES) || running.exitValue() != 0) {
            throw new IllegalStateException("The demo data seeder failed:\n" + Files.readString(log));
        }
        List<String> lines = Files.readAllLines(log);
        return lines.isEmpty() ? "" : lines.getLast();
    }

    /** The local stack's own ports and places: nothing of a developer's stack is used or changed. */
    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DEZKY_STATE", STATE.toString());
        // Explicitly, as .ci/run (and a developer's shell) may have exported the developer's own.
        env.put("DEZKY_DATA_DIR", STATE.resolve(".data").toString());
        env.put("DEZKY_LOG_DIR", STATE.resolve(".logs").toString());
        env.put("DEZKY_RUN_DIR", STATE.resolve(".run").toString());
        env.put("DEZKY_OPERATOR_ISSUER", "http://localhost:" + OIDC + "/dezky-operator");
        env.put("DEZKY_PLATFORM_API_URI", "http://127.0.0.1:18083");
        env.put("DEZKY_GATEWAY_PORT", String.valueOf(GATEWAY));
        env.put("DEZKY_GATEWAY_MANAGEMENT_PORT", String.valueOf(GATEWAY_MANAGEMENT));
        env.put("OPERATOR_BFF_PORT", "18081");
        env.put("PORTAL_BFF_PORT", "18082");
        env.put("PLATFORM_API_PORT", "18083");
        env.put("OPERATOR_BFF_MANAGEMENT_PORT", String.valueOf(OPERATOR_BFF_MANAGEMENT));
        env.put("PORTAL_BFF_MANAGEMENT_PORT", String.valueOf(PORTAL_BFF_MANAGEMENT));
        env.put("PLATFORM_API_MANAGEMENT_PORT", String.valueOf(PLATFORM_API_MANAGEMENT));
        env.put("DEZKY_MONGO_PORT", "28018");
        env.put("DEZKY_OIDC_PORT", String.valueOf(OIDC));
        env.put("DEZKY_SANDBOX_PORT", String.valueOf(SANDBOX));
        env.put("DEZKY_PROMETHEUS_PORT", String.valueOf(PROMETHEUS));
        env.put("DEZKY_ALERTMANAGER_PORT", String.valueOf(ALERTMANAGER));
        // The alerting loop's timers shortened, so that an alert becomes an incident in seconds
        // (AlertingLoopIT); a circuit half-opens after 5 s instead of 30 s, so it heals quickly too.
        env.put("DEZKY_SCRAPE_INTERVAL", "2s");
        env.put("DEZKY_RULE_EVALUATION_INTERVAL", "2s");
        env.put("DEZKY_ALERT_FOR", "2s");
        env.put("DEZKY_ALERTMANAGER_GROUP_WAIT", "1s");
        env.put("DEZKY_ALERTMANAGER_GROUP_INTERVAL", "2s");
        env.put("DEZKY_ALERTMANAGER_REPEAT_INTERVAL", "1m");
        env.put("DEZKY_UPSTREAMS_OCIS_RESILIENCE_OPENFOR", "5s");
        // Rate-limit buckets of this stack's own in the shared Redis; every browser of the suite signs
        // in from 127.0.0.1, so the per-address sign-in limit is raised for it (its rule is tested in gateway).
        env.put("DEZKY_RATE_LIMITS_PREFIX", "dezky-e2e-" + ProcessHandle.current().pid());
        env.put("DEZKY_RATE_LIMIT_SIGN_IN_BURST", "1000");
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
