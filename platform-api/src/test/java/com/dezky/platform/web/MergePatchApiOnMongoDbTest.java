package com.dezky.platform.web;

import com.dezky.platform.testing.MongoDbReplicaSet;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link MergePatchApiTest} on the real MongoDB 8 (a single-node replica set, so with transactions): the merge-patch update path.
 * Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class MergePatchApiOnMongoDbTest extends MergePatchApiTest {

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        MongoDbReplicaSet.register(registry, "merge-patch");
    }
}
