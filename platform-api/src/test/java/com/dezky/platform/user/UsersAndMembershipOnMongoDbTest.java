package com.dezky.platform.user;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link UsersAndMembershipTest} on the real MongoDB 8 (a single-node replica set, so with transactions): users and memberships.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class UsersAndMembershipOnMongoDbTest extends UsersAndMembershipTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "users");
    }
}
