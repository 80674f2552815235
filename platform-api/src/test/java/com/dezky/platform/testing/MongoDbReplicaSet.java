package com.dezky.platform.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real MongoDB 8, as a single-node replica set (so with transactions), for the suites that
 * run on it: one container for the whole test JVM, started by the first suite that needs it.
 * Those suites are {@code @Testcontainers(disabledWithoutDocker = true)}: where no Docker engine
 * runs (as on this project's own machines) they are reported as skipped, and this never starts.
 */
public final class MongoDbReplicaSet {

    public static final String IMAGE = "mongo:8.0.4";

    private static MongoDBContainer container;

    private MongoDbReplicaSet() {
    }

    /** Points platform-api at a database of the replica set, with transactions on. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> start().getReplicaSetUrl(database));
        registry.add("dezky.mongodb.transactions", () -> "true");
    }

    private static synchronized MongoDBContainer start() {
        if (container == null) {
            container = new MongoDBContainer(IMAGE).withReplicaSet();
            container.start();
        }
        return container;
    }
}
