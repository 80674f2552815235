package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack scaled out ({@code DEZKY_REPLICAS=2}: two replicas of platform-api and of each BFF
 * behind one gateway, BFF sessions in Redis, one store): operators and a customer create tenants,
 * reconcile them, change one flag and read, through the gateway, while one replica of each service
 * is killed (SIGKILL) half-way. Afterwards: no session was lost, only requests in flight at the
 * kill failed, every tenant is active with exactly one upstream object of each kind, no flag
 * change was lost, the audit chain is intact, and the scheduled job ran once per period across
 * both replicas (and went on in the survivor).
 */
class ScaleOutIT {

    /** The provisioning retry job's period on this stack, short so that a run holds many periods. */
    static final Duration PERIOD = Duration.ofSeconds(2);
    static final int WORKERS = 4;
    static final String[] KILLED = {"platform-api-2", "operator-bff-2", "portal-bff-2"};

    static final LocalStack stack = LocalStack.scaledOut(Map.of(
            "DEZKY_DEMO_DATA", "false",
            "DEZKY_PROVISIONING_RETRY_INTERVAL", PERIOD.toSeconds() + "s",
            // A runner killed mid-provisioning holds its lease this long; then the survivor takes over.
            "DEZKY_PROVISIONING_LEASE", "10s",
            "DEZKY_EVENTS_RESUBMIT_INTERVAL", "2s",
            "DEZKY_EVENTS_RESUBMIT_AFTER", "5s"));
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();

    final String operatorHost = stack.host("operator");
    final String portalHost = stack.host("app");
    final String run = UUID.randomUUID().toString().substring(0, 6);
    final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    final List<String> created = Collections.synchronizedList(new ArrayList<>());
    final List<String> uncertain = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger flagChanges = new AtomicInteger();
    final AtomicInteger flagConflicts = new AtomicInteger();
    final AtomicInteger tenantNumber = new AtomicInteger();

    record Outcome(Instant at, String what, int status, String error) {

        /** Anything but an answer the API gives on purpose (a 409 or 412 is one). */
        boolean failed() {
            return error != null || status >= 500 || status == 401 || status == 403;
        }
    }

    @BeforeAll
    static void startStack() throws Exception {
        stack.start();
    }

    @AfterAll
    static void stopStack() throws Exception {
        stack.stop();
    }

    @Test
    void twoReplicasOfEachServiceLoseNothingWhenOneOfEachIsKilledMidRun() throws Exception {
        List<Browser> operators = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Browser operator = new Browser(stack.gatewayPort());
            operator.signIn(operatorHost, "ada@dezky.com");
            operators.add(operator);
        }
        Browser customer = new Browser(stack.gatewayPort());
        customer.signIn(portalHost, "nora@example.com");
        String flag = "scale_out_" + run;
        HttpResponse<String> newFlag = operators.getFirst().send(operatorHost,
                request("/api/flags").POST(body("{\"key\":\"" + flag + "\"}")), "X-CSRF", "1", "Content-Type", "application/json");
        assertThat(newFlag.statusCode()).isEqualTo(201);
        Map<String, Integer> objectsBefore = sandboxObjects();

        Instant windowStart = Instant.now();
        Runs runsBefore = scheduledRuns();
        load(operators, customer, flag, Duration.ofSeconds(16));
        Runs runsAtKill = scheduledRuns();
        Instant windowEnd = Instant.now();
        assertThat(servedRequests(LocalStack.PLATFORM_API_MANAGEMENT + 100)).as("platform-api-2 served").isPositive();
        assertThat(servedRequests(LocalStack.OPERATOR_BFF_MANAGEMENT + 100)).as("operator-bff-2 served").isPositive();

        Instant killedAt = Instant.now();
        for (String replica : KILLED) {
            ProcessHandle.of(stack.pid(replica)).ifPresent(ProcessHandle::destroyForcibly);
        }
        load(operators, customer, flag, Duration.ofSeconds(12));
        Runs runsAfter = scheduledRuns();

        // No lost session: every session signed in before the kill still works, on the survivors.
        for (Browser operator : operators) {
            assertThat(operator.get(operatorHost, "/api/me", "X-CSRF", "1").statusCode()).isEqualTo(200);
        }
        assertThat(customer.get(portalHost, "/api/me", "X-CSRF", "1").statusCode()).isEqualTo(200);
        // Only what was in flight on a killed replica failed, and only at the kill.
        List<Outcome> failures = outcomes.stream().filter(Outcome::failed).toList();
        assertThat(failures).as("failed requests").hasSizeLessThanOrEqualTo(WORKERS + 1)
                .allSatisfy(failure -> assertThat(failure.at()).isBetween(killedAt, killedAt.plusSeconds(5)));
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == 401).isEmpty();

        // Every tenant created (and any whose create was in flight, if it exists) ends active, with
        // exactly one group pair, mail domain, file group and drive in the upstreams.
        List<String> tenants = new ArrayList<>(created);
        for (String slug : uncertain) {
            if (operators.getFirst().get(operatorHost, "/api/tenants/" + slug, "X-CSRF", "1").statusCode() == 200) {
                tenants.add(slug);
            }
        }
        assertThat(tenants).hasSizeGreaterThan(4);
        for (String slug : tenants) {
            awaitActive(operators.getFirst(), slug);
        }
        Map<String, Integer> objectsAfter = sandboxObjects();
        int n = tenants.size();
        assertThat(objectsAfter.get("authentik.groups") - objectsBefore.get("authentik.groups")).isEqualTo(2 * n);
        assertThat(objectsAfter.get("stalwart.domains") - objectsBefore.get("stalwart.domains")).isEqualTo(n);
        assertThat(objectsAfter.get("ocis.groups") - objectsBefore.get("ocis.groups")).isEqualTo(n);
        assertThat(objectsAfter.get("ocis.drives") - objectsBefore.get("ocis.drives")).isEqualTo(n);

        // No lost flag change: each accepted change moved the version by one; the others were refused.
        HttpResponse<String> finalFlag = operators.getFirst().get(operatorHost, "/api/flags/" + flag, "X-CSRF", "1");
        // A change in flight at the kill may have been made without its answer arriving.
        long unanswered = failures.stream().filter(failure -> failure.what().equals("flag change")).count();
        assertThat(version(finalFlag) - version(newFlag)).isBetween((long) flagChanges.get(), flagChanges.get() + unanswered);
        assertThat(flagChanges.get()).isPositive();

        JsonNode verification = json.readTree(operators.getFirst().get(operatorHost, "/api/audit/verify", "X-CSRF", "1").body());
        assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();

        // The retry job: once per period across both replicas (not once per replica), some periods
        // skipped by the replica that lost the claim, and the survivor's alone after the kill.
        long periods = Duration.between(windowStart, windowEnd).toMillis() / PERIOD.toMillis();
        long ranBoth = runsAtKill.ran() - runsBefore.ran();
        assertThat(ranBoth).as("runs in %s periods", periods).isBetween(periods - 2, periods + 1);
        assertThat(runsAtKill.skipped() - runsBefore.skipped()).isPositive();
        assertThat(runsAfter.survivorRan() - runsAtKill.survivorRan()).isGreaterThanOrEqualTo(3);

        System.out.printf("scale-out: %d requests, %d failed at the kill %s, %d tenants, %d flag changes (%d refused "
                + "as stale), retry job ran %d times in %d periods, the survivor %d times after the kill%n",
                outcomes.size(), failures.size(), failures, n, flagChanges.get(), flagConflicts.get(), ranBoth, periods,
                runsAfter.survivorRan() - runsAtKill.survivorRan());
    }

    /** Each operator session in a thread of its own for {@code duration}; the first also reads as the customer. */
    private void load(List<Browser> operators, Browser customer, String flag, Duration duration) throws Exception {
        Instant until = Instant.now().plus(duration);
        ExecutorService pool = Executors.newFixedThreadPool(operators.size());
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < operators.size(); w++) {
                Browser operator = operators.get(w);
                boolean readsAsCustomer = w == 0;
                workers.add(pool.submit(() -> {
                    for (int step = 0; Instant.now().isBefore(until); step++) {
                        switch (step % 4) {
                            case 0 -> createTenant(operator);
                            case 1 -> attempt("me", () -> operator.get(operatorHost, "/api/me", "X-CSRF", "1"));
                            case 2 -> changeFlag(operator, flag);
                            default -> reconcileOne(operator);
                        }
                        if (readsAsCustomer) {
                            attempt("portal me", () -> customer.get(portalHost, "/api/me", "X-CSRF", "1"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void createTenant(Browser operator) {
        String slug = "scale-" + run + "-" + tenantNumber.incrementAndGet();
        String tenant = "{\"slug\":\"" + slug + "\",\"name\":\"Scale " + slug + "\",\"plan\":\"business\",\"seatCap\":5,"
                + "\"domains\":[\"" + slug + ".example\"]}";
        Outcome outcome = attempt("create", () -> operator.send(operatorHost, request("/api/tenants").POST(body(tenant)),
                "X-CSRF", "1", "Content-Type", "application/json"));
        (outcome.status() == 201 ? created : uncertain).add(slug);
    }

    private void changeFlag(Browser operator, String flag) {
        try {
            HttpResponse<String> current = operator.get(operatorHost, "/api/flags/" + flag, "X-CSRF", "1");
            if (current.statusCode() != 200) {
                outcomes.add(new Outcome(Instant.now(), "flag read", current.statusCode(), null));
                return;
            }
            // Always a different value: a change to the same value is no change and moves no version.
            int was = json.readTree(current.body()).path("pct").asInt();
            String pct = String.valueOf((was + 1 + ThreadLocalRandom.current().nextInt(100)) % 101);
            Outcome outcome = attempt("flag change", () -> operator.send(operatorHost, request("/api/flags/" + flag)
                    .method("PATCH", body("{\"pct\":" + pct + "}")), "X-CSRF", "1",
                    "Content-Type", "application/merge-patch+json", "If-Match", current.headers().firstValue("ETag").orElseThrow()));
            if (outcome.status() == 200) {
                flagChanges.incrementAndGet();
            } else if (outcome.status() == 412) {
                flagConflicts.incrementAndGet();
            }
        } catch (Exception e) {
            outcomes.add(new Outcome(Instant.now(), "flag read", 0, e.toString()));
        }
    }

    private void reconcileOne(Browser operator) {
        if (created.isEmpty()) {
            return;
        }
        String slug = created.get(ThreadLocalRandom.current().nextInt(created.size()));
        attempt("reconcile", () -> operator.post(operatorHost, "/api/tenants/" + slug + "/reconcile", "X-CSRF", "1"));
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private Outcome attempt(String what, Call call) {
        Outcome outcome;
        try {
            outcome = new Outcome(Instant.now(), what, call.send().statusCode(), null);
        } catch (Exception e) {
            outcome = new Outcome(Instant.now(), what, 0, e.toString());
        }
        outcomes.add(outcome);
        return outcome;
    }

    private void awaitActive(Browser operator, String slug) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonNode tenant = null;
        while (Instant.now().isBefore(deadline)) {
            tenant = json.readTree(operator.get(operatorHost, "/api/tenants/" + slug, "X-CSRF", "1").body());
            if ("active".equals(tenant.path("status").asString())) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(slug + " did not become active: " + tenant);
    }

    /** The version a strong ETag ({@code "7"}) names. */
    private static long version(HttpResponse<String> flag) {
        return Long.parseLong(flag.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    private static Map<String, Integer> sandboxObjects() throws Exception {
        JsonNode upstreams = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + stack.port(LocalStack.SANDBOX) + "/_sandbox")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("upstreams");
        return Map.of("authentik.groups", upstreams.at("/authentik/objects/groups").asInt(),
                "stalwart.domains", upstreams.at("/stalwart/objects/domains").asInt(),
                "ocis.groups", upstreams.at("/ocis/objects/groups").asInt(),
                "ocis.drives", upstreams.at("/ocis/objects/drives").asInt());
    }

    /** The provisioning retry job's periods, summed over both platform-api replicas (a dead one counts nothing). */
    record Runs(long ran, long skipped, long survivorRan) {
    }

    private static Runs scheduledRuns() throws Exception {
        long[] first = runs(LocalStack.PLATFORM_API_MANAGEMENT);
        long[] second = runs(LocalStack.PLATFORM_API_MANAGEMENT + 100);
        return new Runs(first[0] + second[0], first[1] + second[1], first[0]);
    }

    private static long[] runs(int defaultStackManagementPort) throws Exception {
        String metrics = metrics(defaultStackManagementPort);
        return new long[] {sample(metrics, "dezky_scheduled_runs_total\\{[^}]*job=\"provisioning-retry\"[^}]*outcome=\"ran\"[^}]*\\}"),
                sample(metrics, "dezky_scheduled_runs_total\\{[^}]*job=\"provisioning-retry\"[^}]*outcome=\"skipped\"[^}]*\\}")};
    }

    private static long servedRequests(int defaultStackManagementPort) throws Exception {
        Matcher counts = Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*\\} ([0-9.E]+)$")
                .matcher(metrics(defaultStackManagementPort));
        double total = 0;
        while (counts.find()) {
            total += Double.parseDouble(counts.group(1));
        }
        return (long) total;
    }

    private static String metrics(int defaultStackManagementPort) throws Exception {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port(defaultStackManagementPort)
                    + "/actuator/prometheus")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException stopped) {
            return "";
        }
    }

    private static long sample(String metrics, String series) {
        Matcher value = Pattern.compile("(?m)^" + series + " ([0-9.E]+)$").matcher(metrics);
        return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.gatewayPort() + path));
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }
}
