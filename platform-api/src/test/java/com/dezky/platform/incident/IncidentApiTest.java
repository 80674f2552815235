package com.dezky.platform.incident;

import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTestSupport;
import com.dezky.platform.testing.MovableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the incident and on-call tests: a database of their own (the schedule is one per
 * deployment), a clock the tests move forward, and the scheduled escalation out of the way (the
 * tests run it when they mean to). Deliveries are built as Alertmanager 0.25 sends them.
 */
@Import(IncidentApiTest.MovableClockConfig.class)
abstract class IncidentApiTest extends ApiTestSupport {

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfig {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        register(registry, "incidents");
        registry.add("dezky.incidents.escalation-check", () -> "1h");
    }

    @Autowired
    MovableClock clock;

    Api alertmanager() {
        return as(ALERTMANAGER_TOKEN);
    }

    static String group() {
        return "{}:{alertname=\"" + UUID.randomUUID() + "\"}";
    }

    static String fingerprint() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static Map<String, Object> alert(String fingerprint, String status, Instant startsAt, Map<String, String> labels) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("status", status);
        alert.put("labels", labels);
        alert.put("annotations", Map.of("summary", labels.get("alertname") + " summary", "runbook", "docs/operations.md"));
        alert.put("startsAt", startsAt.toString());
        alert.put("endsAt", status.equals("firing") ? "0001-01-01T00:00:00Z" : startsAt.plusSeconds(60).toString());
        alert.put("generatorURL", "http://127.0.0.1:9090/graph?g0.expr=up");
        alert.put("fingerprint", fingerprint);
        return alert;
    }

    static Map<String, Object> notification(String group, String status, List<Map<String, Object>> alerts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receiver", "platform-api");
        body.put("status", status);
        body.put("alerts", alerts);
        body.put("groupLabels", Map.of());
        body.put("commonLabels", Map.of());
        body.put("commonAnnotations", Map.of());
        body.put("externalURL", "http://127.0.0.1:9093");
        body.put("version", "4");
        body.put("groupKey", group);
        body.put("truncatedAlerts", 0);
        return body;
    }

    /** A rotation of these operators, handing off daily at midnight UTC, the first one on call today. */
    void schedule(String... operators) {
        Map<String, Object> schedule = Map.of("timeZone", "UTC", "handoffTime", "00:00", "rotationDays", 1,
                "startDate", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "participants", List.of(operators), "overrides", List.of());
        Api.Response current = operator().get("/oncall/schedule");
        operator().put("/oncall/schedule", schedule, current.status() == 200 ? current.etag() : null).expect(200);
    }
}
