package com.dezky.platform.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The on-call schedule through HTTP (in this package for the incidents' database and clock). */
class OnCallScheduleApiTest extends IncidentApiTest {

    @Test
    void scheduleSaysWhoIsOnCallNowWithAnOverrideOnTopAndNeedsIfMatchToChange() {
        schedule("ada@dezky.com", "bob@dezky.com");
        Api.Response current = operator().get("/oncall/schedule").expect(200);
        assertThat(current.body().get("upcoming")).hasSize(8);
        assertThat(current.body().get("updatedBy").asString()).isEqualTo("ada@example.com");

        Map<String, Object> withOverride = schedule(List.of("ada@dezky.com", "bob@dezky.com"), List.of(Map.of(
                "start", clock.instant().minusSeconds(60).toString(), "end", clock.instant().plusSeconds(3600).toString(),
                "email", "cy@dezky.com", "reason", "Ada is travelling")));
        operator().put("/oncall/schedule", withOverride, null).expectProblem(428, "precondition-required");
        operator().put("/oncall/schedule", withOverride, "\"999\"").expectProblem(412, "stale-write");
        operator().put("/oncall/schedule", withOverride, current.etag()).expect(200);

        JsonNode now = operator().get("/oncall/now").expect(200).body();
        assertThat(now.get("email").asString()).isEqualTo("cy@dezky.com");
        assertThat(now.get("override").asBoolean()).isTrue();
        assertThat(now.get("next").asString()).isEqualTo("ada@dezky.com");
        JsonNode audit = operator().get("/audit?action=oncall.&size=5").expect(200).body();
        assertThat(audit.at("/items/0/changes").toString()).contains("cy@dezky.com");
    }

    @Test
    void invalidSchedulesAreRefusedWithTheFieldAndChangeNothing() {
        schedule("ada@dezky.com");
        String etag = operator().get("/oncall/schedule").etag();
        List<Map<String, Object>> invalid = List.of(
                with("timeZone", "Mars/Olympus"),
                with("participants", List.of()),
                with("participants", List.of("ada@dezky.com", "ADA@dezky.com")),
                with("participants", List.of("not-an-email")),
                with("rotationDays", 0),
                with("handoffTime", "25:00"),
                with("overrides", List.of(Map.of("start", "2026-03-02T10:00:00Z", "end", "2026-03-02T09:00:00Z",
                        "email", "cy@dezky.com"))));

        for (Map<String, Object> body : invalid) {
            operator().put("/oncall/schedule", body, etag).expectProblem(400, "invalid-request");
        }
        assertThat(operator().get("/oncall/schedule").etag()).isEqualTo(etag);
    }

    @Test
    void onlyOperatorsSeeOrChangeTheSchedule() {
        operatorWithoutAdmin().get("/oncall/now").expectProblem(403, "forbidden");
        portalUser("m", List.of("dezky-tenant-x")).get("/oncall/schedule").expectProblem(403, "forbidden");
        portalUser("m", List.of("dezky-tenant-x-admins")).put("/oncall/schedule", with("timeZone", "UTC"), "*")
                .expectProblem(403, "forbidden");
        anonymous().get("/oncall/now").expectProblem(401, "unauthenticated");
    }

    private Map<String, Object> schedule(List<String> participants, List<Map<String, Object>> overrides) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("timeZone", "Europe/Berlin");
        schedule.put("handoffTime", "09:00");
        schedule.put("rotationDays", 7);
        schedule.put("startDate", LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).minusDays(1).toString());
        schedule.put("participants", participants);
        schedule.put("overrides", overrides);
        return schedule;
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> schedule = schedule(List.of("ada@dezky.com"), List.of());
        schedule.put(field, value);
        return schedule;
    }
}
