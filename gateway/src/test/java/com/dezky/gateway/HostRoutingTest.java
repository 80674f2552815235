package com.dezky.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Routing by Host through the running gateway to three echo backends, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class HostRoutingTest {

    static final Map<String, HttpServer> backends = Map.of(
            "operator-bff", echo("operator-bff"),
            "portal-bff", echo("portal-bff"),
            "platform-api", echo("platform-api"));
    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${local.management.port}")
    int managementPort;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("DEZKY_OPERATOR_BFF_URI", () -> uri("operator-bff"));
        registry.add("DEZKY_PORTAL_BFF_URI", () -> uri("portal-bff"));
        registry.add("DEZKY_PLATFORM_API_URI", () -> uri("platform-api"));
    }

    @AfterAll
    static void stopBackends() {
        backends.values().forEach(server -> server.stop(0));
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
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uri(String service) {
        return "http://127.0.0.1:" + backends.get(service).getAddress().getPort();
    }

    /** A backend that answers with its name, the path and every header it received. */
    private static HttpServer echo(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String headers = exchange.getRequestHeaders().entrySet().stream()
                        .map(h -> h.getKey().toLowerCase() + "=" + String.join(",", h.getValue()))
                        .collect(Collectors.joining("\n"));
                byte[] body = ("service=" + service + "\npath=" + exchange.getRequestURI().getPath() + "\n" + headers)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
