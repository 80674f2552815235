package com.dezky.platform.provisioning;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link ProvisioningLeasesTest} on the real MongoDB 8 (a single-node replica set, so with transactions): the provisioning lease.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ProvisioningLeasesOnMongoDbTest extends ProvisioningLeasesTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "provisioning-leases");
    }
}
