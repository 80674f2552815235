package com.dezky.platform.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of most API tests: all subclasses share one application context and one database, so
 * each test works on slugs of its own.
 */
public abstract class ApiTest extends ApiTestSupport {

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        register(registry, "api");
    }
}
