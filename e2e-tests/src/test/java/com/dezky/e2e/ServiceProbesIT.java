package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every service offers its probes and Prometheus metrics on its management port, and none on the
 * port that serves its traffic.
 */
class ServiceProbesIT {

    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
        // One routed request and one sign-in, so per-route and sign-in metrics have data.
        new Browser().signIn(LocalStack.OPERATOR_HOST, "ada@dezky.com");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "platform-api, 18093, 18083, dezky_tenants{, dezky_audit_chain_intact, http_server_requests_seconds_bucket",
            "operator-bff, 18091, 18081, dezky_bff_sign_ins_total, dezky_bff_token_refresh_failures_total, tomcat_sessions_active_current_sessions",
            "portal-bff,   18092, 18082, dezky_bff_sign_ins_total, dezky_bff_sign_in_failures_total, http_server_requests_seconds_bucket",
            "gateway,      18090, 18080, spring_cloud_gateway_requests_seconds_count{, route_id=\"operator-bff\", http_server_requests_seconds_bucket"})
    void exposesProbesAndPrometheusMetricsOnlyOnItsManagementPort(String service, int port, int trafficPort,
            String metric1, String metric2, String metric3) throws Exception {
        for (String path : java.util.List.of("/actuator/prometheus", "/actuator/health", "//actuator/prometheus",
                "/%61ctuator/prometheus")) {
            assertThat(get(trafficPort, path).statusCode()).as("%s on %s's traffic port", path, service)
                    .isIn(400, 401, 403, 404);
        }
        assertThat(get(port, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get(port, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");

        assertThat(get(port, "/actuator/info").body()).as("build and git info").contains("\"build\"").contains("\"git\"");

        HttpResponse<String> metrics = get(port, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"" + service + "\"")
                .contains(metric1).contains(metric2).contains(metric3);
        Promtool.Result lint = Promtool.run(java.nio.file.Path.of("."), metrics.body(), "check", "metrics");
        assertThat(lint.exitCode()).as("promtool check metrics on %s:%n%s", service, lint.output()).isZero();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
