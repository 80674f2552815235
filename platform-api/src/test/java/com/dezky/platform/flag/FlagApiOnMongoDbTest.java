package com.dezky.platform.flag;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link FlagApiTest} on the real MongoDB 8 (a single-node replica set, so with transactions): flags and their impact.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class FlagApiOnMongoDbTest extends FlagApiTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "flag-api");
    }
}
