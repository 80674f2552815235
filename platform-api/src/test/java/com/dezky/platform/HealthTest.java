package com.dezky.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** The overall health and the probes tell the same truth (on the embedded store here; see HealthOnMongoDbTest). */
class HealthTest extends ApiTest {

    @Test
    void overallHealthLivenessAndReadinessAreUpWithTheDatabaseAnsweringItsPing() {
        var health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health/readiness").body().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health/liveness").body().get("status").asString()).isEqualTo("UP");
    }
}
