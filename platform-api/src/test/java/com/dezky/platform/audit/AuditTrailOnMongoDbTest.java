package com.dezky.platform.audit;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link AuditTrailTest} on the real MongoDB 8 (a single-node replica set, so with transactions): the audit chain and its head compare-and-set, under concurrent appends.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class AuditTrailOnMongoDbTest extends AuditTrailTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "audit-chain");
    }
}
