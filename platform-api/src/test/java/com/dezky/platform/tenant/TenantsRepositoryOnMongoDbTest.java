package com.dezky.platform.tenant;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link TenantsRepositoryTest} on the real MongoDB 8 (a single-node replica set, so with transactions): the tenant repository's queries.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class TenantsRepositoryOnMongoDbTest extends TenantsRepositoryTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "tenants-repository");
    }
}
