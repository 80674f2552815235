package com.dezky.platform.testing;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the API tests that go through real HTTP: the whole application on a random port,
 * the trusted test issuers, and the embedded MongoDB twin. All subclasses share one
 * application context and one database, so each test works on slugs of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    protected static final TestIssuers issuers = TestIssuers.shared();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        register(registry, "api");
    }

    /** Trusted issuers and a database of the given name, for tests that need a context of their own. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        issuers.register(registry);
        EmbeddedMongo.register(registry, database);
    }

    /** A slug no other test uses. */
    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Api operator() {
        return as(issuers.operatorAdmin("ada"));
    }

    protected Api operatorWithoutAdmin() {
        return as(issuers.operatorUser("mallory"));
    }

    protected Api portalUser(String subject, List<String> groups) {
        return as(issuers.token(TestIssuers.PORTAL, subject, claims -> claims.claim("groups", groups)));
    }

    protected Api as(String token) {
        return new Api(port, token);
    }

    protected Api anonymous() {
        return new Api(port, null);
    }
}
