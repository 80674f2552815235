package com.dezky.platform.tenant;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link TenantApiTest} on the real MongoDB 8 (a single-node replica set, so with transactions): tenants: create, patch, lifecycle, concurrency, purge, lists.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class TenantApiOnMongoDbTest extends TenantApiTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "tenant-api");
    }
}
