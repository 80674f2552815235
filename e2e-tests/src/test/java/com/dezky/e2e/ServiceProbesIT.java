package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every service offers its probes and Prometheus metrics on its own (non-public) port. */
class ServiceProbesIT {

    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"platform-api, 18083", "operator-bff, 18081", "portal-bff, 18082", "gateway, 18090"})
    void exposesProbesAndPrometheusMetrics(String service, int port) throws Exception {
        assertThat(get(port, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get(port, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");

        HttpResponse<String> metrics = get(port, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"" + service + "\"");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
