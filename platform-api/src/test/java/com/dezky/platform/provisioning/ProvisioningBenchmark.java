package com.dezky.platform.provisioning;

import com.dezky.platform.testing.SandboxApiTest;
import com.dezky.sandbox.SandboxFault;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.ocis.OcisClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test: with every sandbox upstream answering each call 300 ms late, how long a
 * new tenant takes from POST to {@code active}; and how long a call takes to fail once the
 * upstream's circuit is open. Run it with
 * {@code ./mvnw -pl platform-api -am test -Dtest=ProvisioningBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results go to {@code target/benchmarks/provisioning.md} (reported in docs/benchmarks.md).
 */
class ProvisioningBenchmark extends SandboxApiTest {

    static final Duration DELAY = Duration.ofMillis(300);
    static final int TENANTS = 20;
    static final int FAIL_FAST_SAMPLES = 10_000;

    @Autowired
    OcisClient ocis;

    @Autowired
    Upstreams upstreams;

    @Test
    void timeToActiveWithSlowUpstreamsAndFailFastWithAnOpenCircuit() throws IOException, InterruptedException {
        sandbox.reset();
        for (String upstream : List.of("authentik", "stalwart", "ocis")) {
            sandbox.fault(upstream, SandboxFault.delay(DELAY));
        }
        double[] toActive = new double[TENANTS];
        long[][] windows = new long[TENANTS][];
        for (int i = 0; i < TENANTS; i++) {
            String slug = uniqueSlug("bench");
            long startedAt = System.currentTimeMillis();
            long start = System.nanoTime();
            operator().post("/tenants", Map.of("slug", slug, "name", "Bench " + i, "plan", "business", "seatCap", 5,
                    "domains", List.of(slug + ".example"))).expect(201);
            while (!operator().get("/tenants/" + slug).body().get("status").asString().equals("active")) {
                Thread.sleep(5);
            }
            toActive[i] = (System.nanoTime() - start) / 1e6;
            windows[i] = new long[] {startedAt, System.currentTimeMillis()};
        }
        Arrays.sort(toActive);
        String timeline = timeline(windows);

        sandbox.reset();
        sandbox.fault("ocis", SandboxFault.error());
        CircuitBreaker breaker = upstreams.calls("ocis").circuitBreaker();
        while (breaker.getState() != CircuitBreaker.State.OPEN) {
            try {
                ocis.findGroup("x");
            } catch (UpstreamException expected) {
                // counting towards the threshold
            }
        }
        double[] failFast = new double[FAIL_FAST_SAMPLES];
        for (int i = 0; i < FAIL_FAST_SAMPLES; i++) {
            long start = System.nanoTime();
            try {
                ocis.findGroup("x");
            } catch (UpstreamException expected) {
                failFast[i] = (System.nanoTime() - start) / 1e3;
            }
            if (breaker.getState() != CircuitBreaker.State.OPEN) {
                breaker.transitionToOpenState();
            }
        }
        Arrays.sort(failFast);
        sandbox.reset();
        breaker.reset();

        String report = "| measure | p50 | p95 | max |\n|---|---:|---:|---:|\n"
                + "| POST /tenants → active, every upstream call delayed " + DELAY.toMillis() + " ms (" + TENANTS
                + " tenants, ms) | " + fmt(pct(toActive, 50)) + " | " + fmt(pct(toActive, 95)) + " | "
                + fmt(toActive[TENANTS - 1]) + " |\n"
                + "| call with OCIS's circuit open, until it fails (" + FAIL_FAST_SAMPLES + " calls, µs) | "
                + fmt(pct(failFast, 50)) + " | " + fmt(pct(failFast, 95)) + " | " + fmt(failFast[FAIL_FAST_SAMPLES - 1])
                + " |\n\n" + timeline;
        System.out.println(report);
        Path out = Path.of("target/benchmarks/provisioning.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * Where each tenant's time went, from the sandbox's log of the requests it served (tenants are
     * created one after another, so a tenant's requests are those inside its window): until the
     * first upstream request, the upstream calls (to the last request's answer, its arrival plus the
     * delay), and from there until the tenant read active.
     */
    private String timeline(long[][] windows) {
        List<Long> arrivals = sandbox.servedRequests().stream().map(e -> e.getRequest().getLoggedDate().getTime())
                .toList();
        double[] first = new double[windows.length];
        double[] calls = new double[windows.length];
        double[] rest = new double[windows.length];
        double[] requests = new double[windows.length];
        for (int i = 0; i < windows.length; i++) {
            long from = windows[i][0];
            long to = windows[i][1];
            List<Long> inside = arrivals.stream().filter(at -> at >= from && at <= to).sorted().toList();
            long lastAnswer = inside.getLast() + DELAY.toMillis();
            first[i] = inside.getFirst() - from;
            calls[i] = lastAnswer - inside.getFirst();
            rest[i] = to - lastAnswer;
            requests[i] = inside.size();
        }
        for (double[] values : List.of(first, calls, rest, requests)) {
            Arrays.sort(values);
        }
        return "| part of POST → active (ms, p50 of " + windows.length + " tenants) | p50 |\n|---|---:|\n"
                + "| until the first upstream request | " + fmt(pct(first, 50)) + " |\n"
                + "| first upstream request → last one answered | " + fmt(pct(calls, 50)) + " |\n"
                + "| last answer → tenant read active | " + fmt(pct(rest, 50)) + " |\n"
                + "| upstream requests per tenant | " + fmt(pct(requests, 50)) + " |\n";
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
