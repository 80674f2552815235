package com.dezky.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The edge's own protections through the running gateway: the client address from
 * X-Forwarded-For only behind a trusted proxy, the operator allowlist, and the rate limits in the
 * machine's Redis (skipped where none listens on 127.0.0.1:6379), under a key prefix of this run's
 * own so that no other gateway's buckets are touched.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // The test client connects from 127.0.0.1: it plays the load balancer in front.
        "dezky.gateway.trusted-proxies=127.0.0.1/32",
        "dezky.gateway.operator-allowlist=10.1.0.0/16,2001:db8::/32",
        "dezky.gateway.rate-limits.sign-in.per-second=1", "dezky.gateway.rate-limits.sign-in.burst=3",
        "dezky.gateway.rate-limits.token.per-second=1", "dezky.gateway.rate-limits.token.burst=5"})
class EdgeProtectionTest {

    static final EchoBackends backends = new EchoBackends();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        backends.register(registry);
        registry.add("dezky.gateway.rate-limits.key-prefix", () -> "dezky-test-" + UUID.randomUUID());
    }

    @AfterAll
    static void stopBackends() {
        backends.close();
    }

    private static void redisListens() {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            Assumptions.assumeTrue(socket.isConnected());
        } catch (Exception e) {
            Assumptions.abort("No Redis on 127.0.0.1:6379 for the rate-limit buckets");
        }
    }

    @Test
    void operatorHostAnswersOnlyAllowlistedClientsAndForwardsTheRealClientAddress() throws Exception {
        HttpResponse<String> allowed = EchoBackends.send(EchoBackends.to(port, "operator.localhost:8080", "/")
                .header("X-Forwarded-For", "6.6.6.6, 10.1.2.3"));
        HttpResponse<String> refused = EchoBackends.send(EchoBackends.to(port, "operator.localhost:8080", "/")
                .header("X-Forwarded-For", "192.168.7.7"));
        HttpResponse<String> portal = EchoBackends.send(EchoBackends.to(port, "app.localhost:8080", "/")
                .header("X-Forwarded-For", "192.168.7.7"));

        assertThat(allowed.body()).contains("service=operator-bff").contains("x-forwarded-for=10.1.2.3")
                .doesNotContain("6.6.6.6");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("address-not-allowed").doesNotContain("service=");
        assertThat(portal.body()).as("the allowlist is the operator host's only").contains("service=portal-bff");
    }

    @Test
    void aForwardedForWhoseNearestHopIsNotAnAddressDoesNotCount() throws Exception {
        // The nearest hop is what the trusted proxy saw; anything it cannot read ends the chain there.
        HttpResponse<String> forged = EchoBackends.send(EchoBackends.to(port, "operator.localhost:8080", "/")
                .header("X-Forwarded-For", "10.1.2.3, not-an-address"));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aBurstOfSignInsFromOneClientIsLimitedWith429AndRetryAfterWhileAnotherClientIsNot() throws Exception {
        redisListens();
        List<HttpResponse<String>> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(EchoBackends.send(EchoBackends.to(port, "app.localhost:8080", "/oauth2/authorization/dezky")
                    .header("X-Forwarded-For", "203.0.113.7")));
        }
        HttpResponse<String> other = EchoBackends.send(EchoBackends.to(port, "app.localhost:8080",
                "/oauth2/authorization/dezky").header("X-Forwarded-For", "203.0.113.8"));

        assertThat(burst).extracting(HttpResponse::statusCode).startsWith(200, 200, 200).contains(429);
        HttpResponse<String> limited = burst.stream().filter(response -> response.statusCode() == 429).findFirst()
                .orElseThrow();
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.body()).contains("too-many-requests").doesNotContain("service=");
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void bearerTokensOnTheApiHostEachHaveTheirOwnBucket() throws Exception {
        redisListens();
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            first.add(EchoBackends.send(EchoBackends.to(port, "api.localhost:8080", "/me")
                    .header("Authorization", "Bearer first-token")).statusCode());
        }
        int second = EchoBackends.send(EchoBackends.to(port, "api.localhost:8080", "/me")
                .header("Authorization", "Bearer second-token")).statusCode();

        assertThat(first).contains(429);
        assertThat(second).isEqualTo(200);
    }
}
