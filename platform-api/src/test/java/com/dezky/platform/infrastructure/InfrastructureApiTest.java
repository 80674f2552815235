package com.dezky.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Infrastructure screen's data: measured, never invented. No other service runs in this test. */
class InfrastructureApiTest extends ApiTest {

    @Test
    void reportsItselfAndTheDatabaseUpAndServicesThatDoNotAnswerAsDown() {
        JsonNode infrastructure = operator().get("/infrastructure").expect(200).body();

        assertThat(infrastructure.at("/database/status").asString()).isEqualTo("up");
        assertThat(infrastructure.at("/database/latencyMs").asLong()).isNotNegative();
        JsonNode services = infrastructure.get("services");
        assertThat(services.findValuesAsString("name")).contains("platform-api", "gateway", "operator-bff", "portal-bff");
        for (JsonNode service : services) {
            String expected = service.get("name").asString().equals("platform-api") ? "up" : "down";
            assertThat(service.get("status").asString()).as(service.toString()).isEqualTo(expected);
        }
        assertThat(infrastructure.get("upstreams").findValuesAsString("circuitBreaker")).containsOnly("disabled");
        assertThat(infrastructure.get("checkedAt").isString()).isTrue();
    }
}
