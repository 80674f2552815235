package com.dezky.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Routing by Host through the running gateway to three echo backends, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class HostRoutingTest {

    static final EchoBackends backends = new EchoBackends();

    @LocalServerPort
    int port;

    @Value("${local.management.port}")
    int managementPort;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        backends.register(registry);
        // Not this suite's concern (EdgeProtectionTest's), and never a shared Redis's.
        registry.add("dezky.gateway.rate-limits.enabled", () -> "false");
    }

    @AfterAll
    static void stopBackends() {
        backends.close();
    }

    @Test
    void routesEachPublicHostToItsService() throws Exception {
        assertThat(send("operator.localhost:8080", "/").body()).contains("service=operator-bff");
        assertThat(send("app.localhost:8080", "/").body()).contains("service=portal-bff");
        assertThat(send("api.localhost:8080", "/me").body()).contains("service=platform-api").contains("path=/me");
    }

    @Test
    void routesHostWithoutPort() throws Exception {
        assertThat(send("operator.localhost", "/").body()).contains("service=operator-bff");
    }

    @Test
    void answersNotFoundForUnknownHost() throws Exception {
        assertThat(send("evil.localhost:8080", "/").statusCode()).isEqualTo(404);
        assertThat(send("localhost:8080", "/").statusCode()).isEqualTo(404);
        assertThat(send("operator.localhost.evil.io", "/").statusCode()).isEqualTo(404);
    }

    @Test
    void dropsSpoofedForwardedHeadersAndSetsItsOwn() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Host", "operator.localhost:8080")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=6.6.6.6;host=evil.example"));

        assertThat(response.body())
                .doesNotContain("evil.example")
                .doesNotContain("6.6.6.6")
                .contains("x-forwarded-host=operator.localhost:8080")
                .contains("x-forwarded-proto=http")
                .contains("x-forwarded-for=127.0.0.1");
    }

    @Test
    void hidesActuatorOfServicesFromPublicHosts() throws Exception {
        HttpResponse<String> response = send("operator.localhost:8080", "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("service=");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "/actuator/prometheus, operator.localhost:8080", "//actuator/prometheus, operator.localhost:8080",
            "/%61ctuator/prometheus, app.localhost:8080", "/%2561ctuator/prometheus, api.localhost:8080",
            "/ACTUATOR/prometheus, api.localhost:8080", "/actuator;x=1/prometheus, app.localhost:8080",
            "/bff/../actuator/prometheus, operator.localhost:8080", "/api/%2e%2e/actuator/health, operator.localhost:8080",
            "/%2factuator/prometheus, api.localhost:8080", "/Actuator/Health, app.localhost:8080",
            "/alerts/alertmanager, api.localhost:8080", "//Alerts/alertmanager, api.localhost:8080"})
    void refusesEverySpellingOfActuatorAndTheAlertWebhookOnEveryPublicHostWithAProblem(String path, String host) throws Exception {
        HttpResponse<String> response = send(host, path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("service=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bff//user", "/api/tenants/%2F..%2Fx", "/a;jsessionid=1", "/api/./me", "/api/%00"})
    void refusesPathsNotInCanonicalFormBeforeAnyServiceSeesThem(String path) throws Exception {
        HttpResponse<String> response = send("operator.localhost:8080", path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("service=");
    }

    @Test
    void answersAProblemForAnUnknownHost() throws Exception {
        HttpResponse<String> response = send("evil.localhost:8080", "/");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://dezky.com/problems/not-found");
    }

    @Test
    void refusesABodyOverTheLimitWithAProblemWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] body = new byte[1024 * 1024];
        HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tenants"))
                .header("Host", "operator.localhost:8080").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tenants"))
                .header("Host", "app.localhost:8080")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("payload-too-large").doesNotContain("service=");
        }
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tenants"))
                .header("Host", "operator.localhost:8080").POST(HttpRequest.BodyPublishers.ofString("{}"))).body())
                .contains("received=2");
    }

    @Test
    void servesOwnProbesOnManagementPortOnly() throws Exception {
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
        assertThat(send("127.0.0.1:" + port, "/actuator/health").statusCode()).isEqualTo(404);
    }

    @Test
    void addsSecurityHeadersToProxiedResponses() throws Exception {
        HttpResponse<String> response = send("operator.localhost:8080", "/");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("object-src 'none'").contains("base-uri 'none'")
                .contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isEmpty();
    }

    private HttpResponse<String> send(String host, String path) throws Exception {
        return EchoBackends.send(EchoBackends.to(port, host, path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return EchoBackends.send(request);
    }
}
