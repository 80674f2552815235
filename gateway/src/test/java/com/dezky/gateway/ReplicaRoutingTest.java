package com.dezky.gateway;

import static com.dezky.gateway.EchoBackends.send;
import static com.dezky.gateway.EchoBackends.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service scaled out to two replicas behind the gateway, over real HTTP: requests are spread
 * over both, a replica that refuses connections costs no request, and an answer is never retried.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ReplicaRoutingTest {

    static final HttpServer apiOne = EchoBackends.echo("platform-api-1");
    static final HttpServer apiTwo = EchoBackends.echo("platform-api-2");
    static final HttpServer portal = EchoBackends.echo("portal-bff");
    static final AtomicInteger failingCalls = new AtomicInteger();
    static final HttpServer failing = failing();
    static final int stopped = freePort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("DEZKY_PLATFORM_API_URI", () -> uri(apiOne.getAddress().getPort()) + "," + uri(apiTwo.getAddress().getPort()));
        registry.add("DEZKY_PORTAL_BFF_URI", () -> uri(stopped) + "," + uri(portal.getAddress().getPort()));
        registry.add("DEZKY_OPERATOR_BFF_URI", () -> uri(failing.getAddress().getPort()));
        registry.add("dezky.gateway.rate-limits.enabled", () -> "false");
    }

    @AfterAll
    static void stopBackends() {
        for (HttpServer server : new HttpServer[] {apiOne, apiTwo, portal, failing}) {
            server.stop(0);
        }
    }

    @Test
    void requestsToAScaledOutServiceReachEveryReplica() throws Exception {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(send(to(port, "api.localhost:8080", "/me")).body().lines().findFirst().orElseThrow());
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("service=platform-api-1", "service=platform-api-2");
    }

    @Test
    void requestsWhenOneReplicaRefusesConnectionsThenTheOtherAnswersEveryOneWithItsBody() throws Exception {
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> read = send(to(port, "app.localhost:8080", "/api/me"));
            HttpResponse<String> write = send(to(port, "app.localhost:8080", "/api/tenants")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Kessler\"}")));

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).startsWith("service=portal-bff");
            assertThat(write.statusCode()).isEqualTo(200);
            assertThat(write.body()).startsWith("service=portal-bff").contains("received=18");
        }
    }

    @Test
    void requestsWhenTheReplicaAnswersAnErrorThenTheErrorIsTheAnswerAndNothingIsSentAgain() throws Exception {
        int before = failingCalls.get();

        HttpResponse<String> response = send(to(port, "operator.localhost:8080", "/api/tenants")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(failingCalls.get() - before).isEqualTo(1);
    }

    private static String uri(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer failing() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                failingCalls.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
