package com.dezky.model.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RefusedReplicasTest {

    static final List<String> REPLICAS = List.of("10.0.0.1:8083", "10.0.0.2:8083");

    Instant now = Instant.parse("2026-12-02T10:00:00Z");
    final RefusedReplicas refused = new RefusedReplicas(Duration.ofSeconds(5), new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void availableWhenNoneRefusedThenAll() {
        assertThat(refused.available(REPLICAS, Function.identity())).isEqualTo(REPLICAS);
    }

    @Test
    void availableWhenOneRefusedThenTheOthersUntilItsTimeIsUp() {
        refused.refused("10.0.0.1:8083");

        assertThat(refused.available(REPLICAS, Function.identity())).containsExactly("10.0.0.2:8083");
        now = now.plusSeconds(5);
        assertThat(refused.available(REPLICAS, Function.identity())).isEqualTo(REPLICAS);
    }

    @Test
    void availableWhenEveryReplicaRefusedThenAllRatherThanNone() {
        REPLICAS.forEach(refused::refused);

        assertThat(refused.available(REPLICAS, Function.identity())).isEqualTo(REPLICAS);
    }
}
