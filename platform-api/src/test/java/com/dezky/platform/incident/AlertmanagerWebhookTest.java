package com.dezky.platform.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class AlertmanagerWebhookTest extends IncidentApiTest {

    final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);

    @BeforeEach
    void adaIsOnCall() {
        schedule("ada@dezky.com", "bob@dezky.com");
    }

    @Test
    void firingAlertOpensATriggeredIncidentAssignedToThePersonOnCall() {
        String group = group();
        JsonNode delivery = alertmanager().post("/alerts/alertmanager", notification(group, "firing", List.of(
                alert(fingerprint(), "firing", started, Map.of("alertname", "CircuitOpen", "severity", "warning",
                        "upstream", "ocis"))))).expect(200).body();

        JsonNode incident = incidentNumbered(delivery.at("/incidents/0").asLong());
        assertThat(incident.get("status").asString()).isEqualTo("triggered");
        assertThat(incident.get("severity").asString()).isEqualTo("warning");
        assertThat(incident.get("title").asString()).isEqualTo("CircuitOpen summary");
        assertThat(incident.get("assignee").asString()).isEqualTo("ada@dezky.com");
        assertThat(incident.at("/impacts/0/scope").asString()).isEqualTo("upstream");
        assertThat(incident.at("/impacts/0/target").asString()).isEqualTo("ocis");
        assertThat(incident.at("/alerts/0/firing").asBoolean()).isTrue();
        assertThat(incident.get("timeline").findValuesAsString("kind")).containsExactly("alert-fired", "assigned");
    }

    @Test
    void sameDeliveryTwiceChangesNothingTheSecondTime() {
        String group = group();
        Map<String, Object> body = notification(group, "firing", List.of(
                alert(fingerprint(), "firing", started, Map.of("alertname", "ServiceDown", "severity", "critical"))));
        long number = alertmanager().post("/alerts/alertmanager", body).expect(200).body().at("/incidents/0").asLong();
        String etag = operator().get("/incidents/" + idOf(number)).etag();

        JsonNode again = alertmanager().post("/alerts/alertmanager", body).expect(200).body();

        assertThat(again.get("changedAlerts").asInt()).isZero();
        assertThat(operator().get("/incidents/" + idOf(number)).etag()).isEqualTo(etag);
        assertThat(openIncidentsOf(group)).hasSize(1);
    }

    @Test
    void alertsOfOneGroupJoinItsOpenIncidentAndAnotherGroupOpensItsOwn() {
        String group = group();
        long first = deliver(group, "firing", alert(fingerprint(), "firing", started, Map.of("alertname", "HighP99Latency",
                "severity", "warning", "service", "platform-api")));
        long second = deliver(group, "firing", alert(fingerprint(), "firing", started.plusSeconds(30),
                Map.of("alertname", "HighP99Latency", "severity", "critical", "service", "gateway")));
        long other = deliver(group(), "firing", alert(fingerprint(), "firing", started, Map.of("alertname", "HighP99Latency")));

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        JsonNode incident = incidentNumbered(first);
        assertThat(incident.get("alerts")).hasSize(2);
        assertThat(incident.get("severity").asString()).as("the most urgent alert decides").isEqualTo("critical");
    }

    @Test
    void incidentResolvesItselfOnlyWhenEveryAlertIsResolved() {
        String group = group();
        String a = fingerprint();
        String b = fingerprint();
        Map<String, String> labels = Map.of("alertname", "High5xxRatio", "severity", "critical", "service", "portal-bff");
        long number = deliver(group, "firing", alert(a, "firing", started, labels), alert(b, "firing", started, labels));

        deliver(group, "firing", alert(a, "resolved", started, labels), alert(b, "firing", started, labels));
        assertThat(incidentNumbered(number).get("status").asString()).isEqualTo("triggered");

        deliver(group, "resolved", alert(a, "resolved", started, labels), alert(b, "resolved", started, labels));
        JsonNode resolved = incidentNumbered(number);
        assertThat(resolved.get("status").asString()).isEqualTo("resolved");
        assertThat(resolved.get("timeline").findValuesAsString("text")).contains("Every alert resolved");
        assertThat(openIncidentsOf(group)).isEmpty();
    }

    @Test
    void aReopenedIncidentStaysOpenWhenAlertmanagerResolvesAndTakesTheGroupsNewAlerts() {
        String group = group();
        String a = fingerprint();
        Map<String, String> labels = Map.of("alertname", "CircuitOpen", "severity", "warning", "upstream", "stalwart");
        long number = deliver(group, "firing", alert(a, "firing", started, labels));
        String id = idOf(number);
        operator().post("/incidents/" + id + "/resolve", Map.of()).expect(200);

        operator().post("/incidents/" + id + "/reopen", Map.of("reason", "Mail still bounces")).expect(200);
        deliver(group, "resolved", alert(a, "resolved", started, labels));
        JsonNode held = incidentNumbered(number);
        assertThat(held.get("status").asString()).isEqualTo("acknowledged");
        assertThat(held.get("heldOpen").asBoolean()).isTrue();

        long again = deliver(group, "firing", alert(fingerprint(), "firing", started.plusSeconds(300), labels));
        assertThat(again).isEqualTo(number);
        operator().post("/incidents/" + id + "/resolve", Map.of()).expect(200);
        operator().post("/incidents/" + id + "/resolve", Map.of()).expectProblem(409, "illegal-transition");
    }

    @Test
    void afterResolutionTheGroupsNextFiringOpensANewIncident() {
        String group = group();
        String a = fingerprint();
        Map<String, String> labels = Map.of("alertname", "TenantStuckInPending", "severity", "warning");
        long first = deliver(group, "firing", alert(a, "firing", started, labels));
        deliver(group, "resolved", alert(a, "resolved", started, labels));

        long second = deliver(group, "firing", alert(a, "firing", started.plusSeconds(600), labels));

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void malformedDeliveriesAreRefusedWithAProblemAndStoreNothing() {
        long before = countIncidents();
        Map<String, String> labels = Map.of("alertname", "ServiceDown");
        List<Object> bodies = List.of(
                "{not json",
                Map.of("version", "4", "status", "firing", "alerts", List.of()),
                withVersion(notification(group(), "firing", List.of(alert(fingerprint(), "firing", started, labels))), "3"),
                notification(group(), "firing", List.of(alert("NOT-HEX!", "firing", started, labels))),
                notification(group(), "firing", List.of(alert(fingerprint(), "firing", started, Map.of("severity", "critical")))),
                notification(group(), "exploded", List.of(alert(fingerprint(), "firing", started, labels))));

        for (Object body : bodies) {
            alertmanager().post("/alerts/alertmanager", body).expectProblem(400, "invalid-request");
        }
        assertThat(countIncidents()).isEqualTo(before);
    }

    @Test
    void deliveriesWithoutTheTokenAreRefusedWith401AndStoreNothing() {
        long before = countIncidents();
        Map<String, Object> body = notification(group(), "firing", List.of(
                alert(fingerprint(), "firing", started, Map.of("alertname", "ServiceDown"))));

        anonymous().post("/alerts/alertmanager", body).expectProblem(401, "unauthenticated");
        as("wrong-token").post("/alerts/alertmanager", body).expectProblem(401, "unauthenticated");
        operator().post("/alerts/alertmanager", body).expectProblem(401, "unauthenticated");
        assertThat(countIncidents()).isEqualTo(before);
    }

    @Test
    void concurrentFirstDeliveriesOfOneGroupOpenExactlyOneIncident() throws Exception {
        String group = group();
        Map<String, Object> body = notification(group, "firing", List.of(
                alert(fingerprint(), "firing", started, Map.of("alertname", "ServiceDown", "severity", "critical"))));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                deliveries.add(() -> alertmanager().post("/alerts/alertmanager", body).status());
            }
            for (Future<Integer> status : pool.invokeAll(deliveries)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(openIncidentsOf(group)).hasSize(1);
    }

    @Test
    void operatorStepsGoOnTheTimelineAndIntoTheAuditTrail() {
        long number = deliver(group(), "firing", alert(fingerprint(), "firing", started,
                Map.of("alertname", "CircuitOpen", "severity", "warning", "upstream", "ocis")));
        String id = idOf(number);

        operator().post("/incidents/" + id + "/acknowledge", Map.of()).expect(200);
        operator().post("/incidents/" + id + "/acknowledge", Map.of()).expectProblem(409, "illegal-transition");
        operator().post("/incidents/" + id + "/assign", Map.of("email", "bob@dezky.com")).expect(200);
        operator().post("/incidents/" + id + "/notes", Map.of("text", "OCIS pod restarting")).expect(200);
        operator().post("/incidents/" + id + "/notes", Map.of("text", " ")).expectProblem(400, "invalid-request");
        String etag = operator().post("/incidents/" + id + "/updates", Map.of("text", "Files are slow; we are on it."))
                .expect(200).etag();
        operator().post("/incidents/" + id + "/resolve", Map.of(), "If-Match", "\"0\"").expectProblem(412, "stale-write");
        operator().post("/incidents/" + id + "/resolve", Map.of(), "If-Match", etag).expect(200);

        JsonNode incident = operator().get("/incidents/" + id).body();
        assertThat(incident.get("timeline").findValuesAsString("kind")).containsExactly("alert-fired", "assigned",
                "acknowledged", "assigned", "note", "customer-update", "resolved");
        JsonNode audit = operator().get("/audit?targetType=incident&target=%23" + number + "&size=50").expect(200).body();
        assertThat(audit.findValuesAsString("action")).contains("incident.opened", "incident.acknowledged",
                "incident.assigned", "incident.note-added", "incident.customer-update", "incident.resolved");
    }

    @Test
    void acknowledgingAndResolvingAreTimedAndOpenIncidentsCountedBySeverity() throws Exception {
        long number = deliver(group(), "firing", alert(fingerprint(), "firing", started,
                Map.of("alertname", "ServiceDown", "severity", "critical", "service", "gateway")));
        String id = idOf(number);
        assertThat(openCritical()).isPositive();
        double acknowledgedBefore = metric("dezky_incidents_time_to_acknowledge_seconds_count{severity=\"critical\"}");
        double resolvedBefore = metric("dezky_incidents_time_to_resolve_seconds_count{severity=\"critical\"}");
        double openBefore = openCritical();

        operator().post("/incidents/" + id + "/acknowledge", Map.of()).expect(200);
        operator().post("/incidents/" + id + "/resolve", Map.of()).expect(200);

        assertThat(metric("dezky_incidents_time_to_acknowledge_seconds_count{severity=\"critical\"}"))
                .isEqualTo(acknowledgedBefore + 1);
        assertThat(metric("dezky_incidents_time_to_resolve_seconds_count{severity=\"critical\"}"))
                .isEqualTo(resolvedBefore + 1);
        assertThat(openCritical()).isEqualTo(openBefore - 1);
    }

    double openCritical() throws Exception {
        return metric("dezky_incidents_open{severity=\"critical\"}");
    }

    /** A sample of platform-api's metrics on its management port, 0 when it has none yet. */
    double metric(String series) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String name = series.substring(0, series.indexOf('{'));
        String label = series.substring(series.indexOf('{') + 1, series.length() - 1);
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    void operatorsOnlyListAndWorkIncidents() {
        long number = deliver(group(), "firing", alert(fingerprint(), "firing", started, Map.of("alertname", "ServiceDown")));

        operatorWithoutAdmin().get("/incidents").expectProblem(403, "forbidden");
        portalUser("m", List.of("dezky-tenant-anything")).get("/incidents").expectProblem(403, "forbidden");
        portalUser("m", List.of("dezky-tenant-anything")).post("/incidents/" + idOf(number) + "/acknowledge", Map.of())
                .expectProblem(403, "forbidden");
        assertThat(operator().get("/incidents?status=open").body().at("/page/items").findValuesAsString("id"))
                .contains(idOf(number));
        operator().get("/incidents?status=sideways").expectProblem(400, "invalid-request");
    }

    @SafeVarargs
    final long deliver(String group, String status, Map<String, Object>... alerts) {
        return alertmanager().post("/alerts/alertmanager", notification(group, status, List.of(alerts))).expect(200)
                .body().at("/incidents/0").asLong();
    }

    JsonNode incidentNumbered(long number) {
        return operator().get("/incidents/" + idOf(number)).expect(200).body();
    }

    String idOf(long number) {
        for (JsonNode incident : operator().get("/incidents?size=200").body().at("/page/items")) {
            if (incident.get("number").asLong() == number) {
                return incident.get("id").asString();
            }
        }
        throw new AssertionError("No incident #" + number);
    }

    List<Incident> openIncidentsOf(String group) {
        return mongo.find(query(where("openGroupKey").is(group)), Incident.class);
    }

    long countIncidents() {
        return mongo.count(new Query(), Incident.class);
    }

    static Map<String, Object> withVersion(Map<String, Object> body, String version) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("version", version);
        return copy;
    }
}
