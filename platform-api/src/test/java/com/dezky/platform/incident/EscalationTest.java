package com.dezky.platform.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Escalation of unacknowledged incidents, with the clock moved forward by the test (critical: 5 minutes). */
class EscalationTest extends IncidentApiTest {

    @Autowired
    IncidentService incidents;

    @Test
    void unacknowledgedCriticalGoesToTheNextPersonThenToEveryOperator() {
        schedule("ada@dezky.com", "bob@dezky.com", "cy@dezky.com");
        String id = open("critical");
        assertThat(incident(id).get("assignee").asString()).isEqualTo("ada@dezky.com");

        clock.advance(Duration.ofMinutes(4));
        incidents.escalateDue();
        assertThat(incident(id).get("escalation").asInt()).as("not yet due").isZero();

        clock.advance(Duration.ofMinutes(2));
        incidents.escalateDue();
        JsonNode second = incident(id);
        assertThat(second.get("assignee").asString()).isEqualTo("bob@dezky.com");
        assertThat(second.get("escalation").asInt()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        incidents.escalateDue();
        JsonNode everyone = incident(id);
        assertThat(everyone.get("escalation").asInt()).isEqualTo(2);
        assertThat(everyone.get("escalatesAt").isNull()).isTrue();
        assertThat(everyone.get("timeline").findValuesAsString("text"))
                .contains("Not acknowledged by ada@dezky.com in time: escalated to bob@dezky.com",
                        "Not acknowledged in time: escalated to every operator");
    }

    @Test
    void acknowledgedIncidentNeverEscalates() {
        schedule("ada@dezky.com", "bob@dezky.com");
        String id = open("critical");
        operator().post("/incidents/" + id + "/acknowledge", Map.of()).expect(200);

        clock.advance(Duration.ofMinutes(30));
        incidents.escalateDue();

        JsonNode incident = incident(id);
        assertThat(incident.get("escalation").asInt()).isZero();
        assertThat(incident.get("assignee").asString()).as("who acknowledged it has it").isEqualTo("ada@example.com");
    }

    @Test
    void infoIncidentWaitsForSomeoneWithoutEscalating() {
        schedule("ada@dezky.com", "bob@dezky.com");
        String id = open("info");

        clock.advance(Duration.ofHours(2));
        incidents.escalateDue();

        assertThat(incident(id).get("escalatesAt").isNull()).isTrue();
        assertThat(incident(id).get("escalation").asInt()).isZero();
    }

    @Test
    void withTheOnlyParticipantUnreachableItGoesStraightToEveryOperator() {
        schedule("ada@dezky.com");
        String id = open("critical");

        clock.advance(Duration.ofMinutes(6));
        incidents.escalateDue();

        assertThat(incident(id).get("escalation").asInt()).isEqualTo(2);
    }

    private String open(String severity) {
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long number = alertmanager().post("/alerts/alertmanager", notification(group(), "firing", List.of(
                alert(fingerprint(), "firing", started, Map.of("alertname", "ServiceDown", "severity", severity)))))
                .expect(200).body().at("/incidents/0").asLong();
        return mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("number").is(number)), Incident.class).getId();
    }

    private JsonNode incident(String id) {
        return operator().get("/incidents/" + id).expect(200).body();
    }
}
