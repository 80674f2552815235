package com.dezky.platform.audit;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link AuditReactionResubmissionTest} on the real MongoDB 8 (a single-node replica set, so with transactions): the event publication registry: a failed reaction resubmitted, recorded once.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class AuditReactionResubmissionOnMongoDbTest extends AuditReactionResubmissionTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "audit-resubmission");
    }
}
