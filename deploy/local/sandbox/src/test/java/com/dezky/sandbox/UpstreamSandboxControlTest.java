package com.dezky.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's control endpoints over HTTP, as an operator uses them locally to show faults. */
class UpstreamSandboxControlTest {

    private static UpstreamSandbox sandbox;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() {
        sandbox = new UpstreamSandbox(0).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void switchesFaultsOnAndOffAndReportsStateLabelledAsSandbox() throws Exception {
        assertThat(send("GET", "/ocis/graph/v1.0/drives", null).statusCode()).isEqualTo(200);

        assertThat(send("PUT", "/_sandbox/ocis/fault", "{\"mode\":\"error\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> failing = send("GET", "/ocis/graph/v1.0/drives", null);
        assertThat(failing.statusCode()).isEqualTo(503);
        assertThat(failing.body()).contains("serviceNotAvailable");
        assertThat(failing.headers().firstValue("X-Dezky-Sandbox")).hasValue("true");
        assertThat(send("GET", "/_sandbox", null).body()).contains("\"sandbox\":true").contains("\"mode\":\"error\"");

        assertThat(send("PUT", "/_sandbox/stalwart/fault", "{\"mode\":\"delay\",\"delayMs\":400}").statusCode()).isEqualTo(204);
        long start = System.nanoTime();
        assertThat(send("GET", "/stalwart/jmap/session", null).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));

        assertThat(send("PUT", "/_sandbox/authentik/fault", "{\"mode\":\"reset\"}").statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> send("GET", "/authentik/api/v3/core/groups/", null)).isInstanceOf(IOException.class);

        assertThat(send("DELETE", "/_sandbox/ocis/fault", null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/ocis/graph/v1.0/drives", null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/_sandbox/reset", "").statusCode()).isEqualTo(204);
        assertThat(send("GET", "/_sandbox", null).body()).doesNotContain("\"mode\"");
    }

    @Test
    void refusesAnUnknownFaultMode() throws Exception {
        assertThat(send("PUT", "/_sandbox/ocis/fault", "{\"mode\":\"explode\"}").statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
                .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer test");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
