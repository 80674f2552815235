package com.dezky.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dezky.platform.testing.SandboxApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upstream clients are Spring Cloud OpenFeign clients on Apache HttpClient 5, observed with
 * Micrometer: each call is timed per client, and carries the W3C trace context on to the upstream.
 */
class UpstreamCallsObservedTest extends SandboxApiTest {

    @Test
    void eachUpstreamCallIsTimedPerClientAndCarriesTheTraceContext() throws Exception {
        sandbox.forgetServedRequests();
        String slug = uniqueSlug("observed");
        operator().post("/tenants", Map.of("slug", slug, "name", "Observed", "plan", "business", "seatCap", 5,
                "domains", List.of(slug + ".example")))
                .expect(201);
        await().atMost(Duration.ofSeconds(15)).until(() -> operator().get("/tenants/" + slug).body()
                .get("status").asString().equals("active"));

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("http_client_requests_seconds_count{")
                .contains("client_name=\"com.dezky.upstream.ocis.OcisApi\"")
                .contains("client_name=\"com.dezky.upstream.authentik.AuthentikApi\"")
                .contains("client_name=\"com.dezky.upstream.stalwart.StalwartApi\"")
                .contains("http_url=\"/v1.0/drives\"").as("low-cardinality: the template, not the drive id");
        assertThat(sandbox.servedRequests()).isNotEmpty().allSatisfy(served ->
                assertThat(served.getRequest().getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }
}
