package com.dezky.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** The overall health and the probes tell the same truth (on the embedded store here; see HealthOnMongoDbTest). */
class HealthTest extends ApiTest {

    @Test
    void actuatorIsServedOnTheManagementPortOnly() {
        for (String path : java.util.List.of("/actuator/prometheus", "/actuator/health", "//actuator/prometheus",
                "/%61ctuator/prometheus", "/actuator/info")) {
            assertThat(anonymous().get(path).status()).as(path).isIn(400, 404);
        }
        assertThat(management().get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void overallHealthLivenessAndReadinessAreUpWithTheDatabaseAnsweringItsPing() {
        var health = management().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(management().get("/actuator/health/readiness").body().get("status").asString()).isEqualTo("UP");
        assertThat(management().get("/actuator/health/liveness").body().get("status").asString()).isEqualTo("UP");
    }
}
