package com.dezky.platform.testing;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What API tests through real HTTP need: the whole application on a random port, the trusted
 * test issuers, the embedded MongoDB twin, and clients with the usual tokens. A subclass names
 * its database with its own {@code @DynamicPropertySource} calling {@link #register}; most
 * tests extend {@link ApiTest}, which shares one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    protected static final TestIssuers issuers = TestIssuers.shared();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

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
