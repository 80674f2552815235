package com.dezky.bff;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same session sharing against the Redis image docker-compose.yml runs, started for this
 * suite alone. Skipped where no Docker engine runs (as on this project's own machines, where
 * {@link RedisSessionSharingTest} covers the machine's Redis).
 */
@Testcontainers(disabledWithoutDocker = true)
class RedisSessionSharingOnContainerTest extends RedisSessionSharingTest {

    @Container
    static final GenericContainer<?> redis = new GenericContainer<>("redis:7.4.5-alpine").withExposedPorts(6379);

    @DynamicPropertySource
    static void containerRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", redis::getHost);
        registry.add("spring.data.redis.port", () -> redis.getMappedPort(6379));
    }

    /** Hides the machine-Redis check: this suite brings its own. */
    @BeforeAll
    static void redisListens() {
    }
}
