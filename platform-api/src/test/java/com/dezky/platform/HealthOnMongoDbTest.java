package com.dezky.platform;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link HealthTest} on the real MongoDB 8: overall health, liveness and readiness all UP there
 * too. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class HealthOnMongoDbTest extends HealthTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "health");
    }
}
