package com.dezky.platform.flag;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.ApiTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * HTTP benchmark, not a test: the bulk OFREP evaluation of 100 flags for one tenant, and its 304
 * path, one request at a time over real HTTP with a bearer token. Run it with
 * {@code ./mvnw -pl platform-api -am test -Dtest=OfrepBulkBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results go to {@code target/benchmarks/ofrep-bulk.md} (reported in docs/benchmarks.md).
 */
class OfrepBulkBenchmark extends ApiTestSupport {

    static final int FLAGS = 100;
    static final int WARMUP = 200;
    static final int SAMPLES = 1_000;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "ofrep-bench");
    }

    @Test
    void bulkEvaluationAndNotModified() throws IOException, InterruptedException {
        TenantFixtures.insert(mongo, "bench-tenant", TenantStatus.ACTIVE, "business", 10, null);
        String[] states = {"off", "on", "targeted", "rollout"};
        for (int i = 0; i < FLAGS; i++) {
            operator().post("/flags", Map.of("key", "bench_flag_" + i, "state", states[i % 4], "pct", i % 101,
                    "scope", Map.of("plans", List.of("business")))).expect(201);
        }
        Map<String, Object> body = Map.of("context", Map.of("targetingKey", "bench-tenant"));
        var api = operator();
        String etag = api.post("/ofrep/v1/evaluate/flags", body).expect(200).etag();

        String full = measure("POST /ofrep/v1/evaluate/flags (100 flags, 200)",
                () -> api.post("/ofrep/v1/evaluate/flags", body).status()) + serverMean("200");
        String notModified = measure("POST /ofrep/v1/evaluate/flags with matching If-None-Match (304)",
                () -> api.post("/ofrep/v1/evaluate/flags", body, "If-None-Match", etag).status()) + serverMean("304");

        String report = "| request | p50 ms | p95 ms | p99 ms | requests/s (one client) | server mean ms |\n"
                + "|---|---:|---:|---:|---:|---:|\n" + full + "\n" + notModified + "\n";
        System.out.println(report);
        Path out = Path.of("target/benchmarks/ofrep-bulk.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * The server's own mean time for the endpoint with this status, from its request timer
     * (Tomcat's handling included, the client's and the network's not), over every request so far.
     */
    private String serverMean(String status) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double count = 0;
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.contains("uri=\"/ofrep/v1/evaluate/flags\"") && line.contains("status=\"" + status + "\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("http_server_requests_seconds_count")) {
                    count += value;
                } else if (line.startsWith("http_server_requests_seconds_sum")) {
                    sum += value;
                }
            }
        }
        return " %.2f |".formatted(count == 0 ? Double.NaN : sum / count * 1000);
    }

    private static String measure(String name, Supplier<Integer> request) {
        for (int i = 0; i < WARMUP; i++) {
            request.get();
        }
        long[] nanos = new long[SAMPLES];
        long started = System.nanoTime();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            request.get();
            nanos[i] = System.nanoTime() - start;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        return "| %s | %.2f | %.2f | %.2f | %.0f |".formatted(name, nanos[SAMPLES / 2] / 1e6,
                nanos[(int) (SAMPLES * 0.95)] / 1e6, nanos[(int) (SAMPLES * 0.99)] / 1e6, SAMPLES / seconds);
    }
}
