package com.dezky.platform.testing;

import com.dezky.sandbox.UpstreamSandbox;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.TestPropertySource;

/**
 * What API tests through real HTTP need: the whole application on a random port, the trusted
 * test issuers, the embedded MongoDB twin, and clients with the usual tokens. A subclass names
 * its database with its own {@code @DynamicPropertySource} calling {@link #register}; most
 * tests extend {@link ApiTest}, which shares one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// The production defaults of what the local stack relaxes, whatever the environment says (a shell
// that sourced deploy/local/env.sh has them off); a subclass's own @TestPropertySource wins.
@TestPropertySource(properties = {"dezky.operator.require-mfa=true", "dezky.api.public-url="})
public abstract class ApiTestSupport {

    protected static final TestIssuers issuers = TestIssuers.shared();

    /** Alertmanager's bearer token for the webhook, as a deployment configures it on both sides. */
    protected static final String ALERTMANAGER_TOKEN = "test-alertmanager-token";

    @LocalServerPort
    protected int port;

    /** Actuator's own port: probes and metrics are served there and nowhere else. */
    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected MongoTemplate mongo;

    /**
     * Trusted issuers and a database of the given name, for tests that need a context of their
     * own. Provisioning is off, so that tenants stay pending for the tests of other features.
     */
    public static void register(DynamicPropertyRegistry registry, String database) {
        secrets(registry);
        EmbeddedMongo.register(registry, database);
        registry.add("dezky.provisioning.enabled", () -> "false");
        noOtherServices(registry);
    }

    /** What a deployment has from its secrets: the trusted issuers, the audit chain's keys. */
    private static void secrets(DynamicPropertyRegistry registry) {
        issuers.register(registry);
        TestAuditKeys.each((name, value) -> registry.add(name, () -> value));
        registry.add("dezky.incidents.webhook-token", () -> ALERTMANAGER_TOKEN);
    }

    /**
     * The other services' probes point where nothing listens, and no upstream is enabled,
     * whatever runs on this machine or the environment says (deploy/local/env.sh enables them).
     */
    private static void noOtherServices(DynamicPropertyRegistry registry) {
        for (String upstream : List.of("authentik", "stalwart", "ocis")) {
            registry.add("dezky.upstreams." + upstream + ".enabled", () -> "false");
        }
        probesWhereNothingListens(registry);
    }

    private static void probesWhereNothingListens(DynamicPropertyRegistry registry) {
        for (String service : List.of("gateway", "operator-bff", "portal-bff")) {
            registry.add("dezky.infrastructure.probes." + service, () -> "http://127.0.0.1:9/actuator/health/readiness");
        }
    }

    /**
     * As {@link #register}, with provisioning on (its scheduled retry out of the way) and every
     * upstream pointed at the sandboxes,
     * with short timeouts and a circuit breaker that opens after four calls and half-opens after
     * five seconds, so that fault tests run quickly and can watch an open circuit.
     */
    public static void registerWithSandbox(DynamicPropertyRegistry registry, String database, UpstreamSandbox sandbox) {
        secrets(registry);
        EmbeddedMongo.register(registry, database);
        registry.add("dezky.provisioning.enabled", () -> "true");
        // No scheduled retry in the middle of a test's faults; tests call the retry directly.
        registry.add("dezky.provisioning.retry-interval", () -> "1h");
        probesWhereNothingListens(registry);
        for (String upstream : List.of("authentik", "stalwart", "ocis")) {
            String prefix = "dezky.upstreams." + upstream + ".";
            registry.add(prefix + "base-url", () -> sandbox.baseUrl(upstream) + (upstream.equals("ocis") ? "/graph" : ""));
            registry.add(prefix + "token", () -> "sandbox-token");
            registry.add(prefix + "enabled", () -> "true");
            registry.add(prefix + "sandbox", () -> "true");
            registry.add(prefix + "read-timeout", () -> "1s");
            registry.add(prefix + "resilience.backoff", () -> "20ms");
            registry.add(prefix + "resilience.sliding-window", () -> "4");
            registry.add(prefix + "resilience.minimum-calls", () -> "4");
            registry.add(prefix + "resilience.open-for", () -> "5s");
        }
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

    /** Anonymous, on the management port (probes, metrics). */
    protected Api management() {
        return new Api(managementPort, null);
    }
}
