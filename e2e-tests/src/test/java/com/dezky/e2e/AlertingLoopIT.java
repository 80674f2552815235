package com.dezky.e2e;

import static com.dezky.e2e.LocalStack.OPERATOR_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole alerting loop with the real Prometheus and Alertmanager that the run command starts
 * (timers shortened by LocalStack): the OCIS sandbox fails, its circuit opens, CircuitOpen fires,
 * Alertmanager posts to platform-api, an incident appears assigned to the person on call;
 * acknowledged, and healed, Alertmanager's resolution resolves it. The time from the circuit
 * opening to the incident is written to target/alerting-loop.txt.
 */
class AlertingLoopIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @Test
    void anOpenCircuitBecomesAnIncidentOfThePersonOnCallAndHealingResolvesIt() throws Exception {
        assertThat(LocalStack.log("prometheus")).as("the run command started Prometheus (apt-get install prometheus "
                + "prometheus-alertmanager; .ci/run does)").exists();
        JsonNode targets = eventually("every service scraped", () -> get("http://127.0.0.1:" + LocalStack.PROMETHEUS
                + "/api/v1/targets"), body -> body.at("/data/activeTargets").size() == 4
                && body.at("/data/activeTargets").findValuesAsString("health").stream().allMatch("up"::equals), 60);
        assertThat(targets.at("/data/activeTargets").valueStream().map(target -> target.at("/labels/job").asString()))
                .containsExactlyInAnyOrder("gateway", "operator-bff", "portal-bff", "platform-api");

        Browser operator = new Browser();
        operator.signIn(OPERATOR_HOST, "ada@dezky.com");
        // Bob is on call today (a daily rotation starting today with him), not the operator acting.
        String schedule = "{\"timeZone\":\"UTC\",\"handoffTime\":\"00:00\",\"rotationDays\":1,\"startDate\":\""
                + LocalDate.now(ZoneOffset.UTC) + "\",\"participants\":[\"bob@dezky.com\",\"ada@dezky.com\"],\"overrides\":[]}";
        HttpResponse<String> current = operator.get(OPERATOR_HOST, "/api/oncall/schedule", "X-CSRF", "1");
        HttpRequest.Builder put = HttpRequest.newBuilder(gateway("/api/oncall/schedule"))
                .PUT(HttpRequest.BodyPublishers.ofString(schedule));
        if (current.statusCode() == 200) {
            put.header("If-Match", current.headers().firstValue("ETag").orElseThrow());
        }
        HttpResponse<String> saved = operator.send(OPERATOR_HOST, put, "X-CSRF", "1", "Content-Type", "application/json");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        String slug = "e2e-alert-" + UUID.randomUUID().toString().substring(0, 8);
        sandboxFault("PUT", "{\"mode\":\"error\"}");
        try {
            HttpResponse<String> created = operator.send(OPERATOR_HOST, HttpRequest.newBuilder(gateway("/api/tenants"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\",\"name\":\"Alerting " + slug
                            + "\",\"plan\":\"business\",\"seatCap\":5,\"domains\":[\"" + slug + ".example\"]}")),
                    "X-CSRF", "1", "Content-Type", "application/json");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Instant opened = null;
            for (int attempt = 0; attempt < 10 && opened == null; attempt++) {
                if (circuit(operator).equals("open")) {
                    opened = Instant.now();
                } else {
                    operator.post(OPERATOR_HOST, "/api/tenants/" + slug + "/reconcile", "X-CSRF", "1");
                    Thread.sleep(300);
                }
            }
            assertThat(opened).as("the ocis circuit opened").isNotNull();

            JsonNode incident = eventually("an open CircuitOpen incident for ocis", () -> incidentOf(operator, "open"),
                    found -> !found.isMissingNode(), 60);
            Duration toIncident = Duration.between(opened, Instant.now());
            Files.writeString(Path.of("target/alerting-loop.txt"), "circuit open -> incident in the app: "
                    + toIncident.toMillis() + " ms (scrape 2s, evaluation 2s, for 2s, group_wait 1s)\n");
            System.out.println("AlertingLoopIT: circuit open -> incident in " + toIncident.toMillis() + " ms");
            assertThat(incident.get("assignee").asString()).isEqualTo("bob@dezky.com");
            assertThat(incident.get("status").asString()).isEqualTo("triggered");
            assertThat(incident.at("/impacts/0/target").asString()).isEqualTo("ocis");
            String id = incident.get("id").asString();

            HttpResponse<String> acknowledged = operator.post(OPERATOR_HOST, "/api/incidents/" + id + "/acknowledge",
                    "X-CSRF", "1", "Content-Type", "application/json");
            assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
            assertThat(json.readTree(acknowledged.body()).get("assignee").asString()).isEqualTo("ada@dezky.com");
        } finally {
            sandboxFault("DELETE", null);
        }

        // Healed: once half-open, the next calls succeed and close the circuit; the alert resolves.
        eventually("the ocis circuit closed", () -> {
            operator.post(OPERATOR_HOST, "/api/tenants/" + slug + "/reconcile", "X-CSRF", "1");
            return json.readTree("\"" + circuit(operator) + "\"");
        }, state -> state.asString().equals("closed"), 60);
        JsonNode resolved = eventually("the incident resolved by Alertmanager", () -> incidentOf(operator, "resolved"),
                found -> !found.isMissingNode(), 60);
        assertThat(resolved.get("timeline").findValuesAsString("text")).contains("Every alert resolved");
        assertThat(resolved.get("timeline").findValuesAsString("kind")).containsSubsequence("alert-fired", "assigned",
                "acknowledged", "alert-resolved", "resolved");
    }

    private static String circuit(Browser operator) throws Exception {
        JsonNode upstreams = json.readTree(operator.get(OPERATOR_HOST, "/api/upstreams", "X-CSRF", "1").body());
        for (JsonNode upstream : upstreams) {
            if (upstream.get("name").asString().equals("ocis")) {
                return upstream.get("circuitBreaker").asString();
            }
        }
        throw new AssertionError("No ocis upstream: " + upstreams);
    }

    /** The newest CircuitOpen incident for ocis in this state, or a missing node. */
    private static JsonNode incidentOf(Browser operator, String status) throws Exception {
        JsonNode list = json.readTree(operator.get(OPERATOR_HOST, "/api/incidents?status=" + status + "&size=50",
                "X-CSRF", "1").body());
        for (JsonNode incident : list.at("/page/items")) {
            for (JsonNode alert : incident.get("alerts")) {
                if (alert.get("name").asString().equals("CircuitOpen") && "ocis".equals(alert.at("/labels/upstream").asString())) {
                    return incident;
                }
            }
        }
        return json.missingNode();
    }

    private interface Probe {
        JsonNode get() throws Exception;
    }

    private static JsonNode eventually(String what, Probe probe, Predicate<JsonNode> done, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not within " + seconds + " s: " + what + "; last seen: " + last);
    }

    private static JsonNode get(String url) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void sandboxFault(String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LocalStack.SANDBOX
                + "/_sandbox/ocis/fault")).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isLessThan(300);
    }

    private static URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + LocalStack.GATEWAY + path);
    }
}
