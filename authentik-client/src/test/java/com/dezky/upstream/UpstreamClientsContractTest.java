package com.dezky.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.dezky.sandbox.SandboxFault;
import com.dezky.sandbox.UpstreamSandbox;
import com.dezky.upstream.UpstreamException.Kind;
import com.dezky.upstream.authentik.AuthentikClient;
import com.dezky.upstream.authentik.AuthentikGroup;
import com.dezky.upstream.authentik.AuthentikUser;
import com.dezky.upstream.ocis.OcisClient;
import com.dezky.upstream.ocis.OcisDrive;
import com.dezky.upstream.ocis.OcisGroup;
import com.dezky.upstream.stalwart.StalwartClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three clients against the stateful sandboxes (WireMock), with every request they send,
 * and every answer the sandboxes give, validated against the vendored real specs; then the
 * faults: 5xx, timeouts, resets, and the circuit breaker.
 */
class UpstreamClientsContractTest {

    private static UpstreamSandbox sandbox;

    private ConfigurableApplicationContext context;
    private SimpleMeterRegistry meters;
    private Upstreams upstreams;
    private AuthentikClient authentik;
    private StalwartClient stalwart;
    private OcisClient ocis;

    @BeforeAll
    static void startSandbox() {
        sandbox = new UpstreamSandbox(0).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void closeClients() {
        context.close();
    }

    @BeforeEach
    void freshClients() {
        sandbox.reset();
        sandbox.forgetServedRequests();
        useClients("test-token", Duration.ofSeconds(2));
    }

    private void useClients(String token, Duration readTimeout) {
        if (context != null) {
            context.close();
        }
        List<String> arguments = new ArrayList<>();
        for (String upstream : List.of("authentik", "stalwart", "ocis")) {
            String prefix = "--dezky.upstreams." + upstream + ".";
            arguments.addAll(List.of(prefix + "base-url=" + sandbox.baseUrl(upstream) + (upstream.equals("ocis") ? "/graph" : ""),
                    prefix + "token=" + token, prefix + "sandbox=true", prefix + "public-host=auth.example.com",
                    prefix + "connect-timeout=1s", prefix + "read-timeout=" + readTimeout.toMillis() + "ms",
                    prefix + "resilience.backoff=10ms", prefix + "resilience.sliding-window=4",
                    prefix + "resilience.minimum-calls=4", prefix + "resilience.open-for=1m"));
        }
        context = UpstreamClientsContext.start(arguments);
        meters = context.getBean(SimpleMeterRegistry.class);
        upstreams = context.getBean(Upstreams.class);
        authentik = context.getBean(AuthentikClient.class);
        stalwart = context.getBean(StalwartClient.class);
        ocis = context.getBean(OcisClient.class);
    }

    @Test
    void authentikCallsMatchTheSchemaAndFindOrCreateIsIdempotent() {
        AuthentikGroup group = authentik.findOrCreateGroup("dezky-tenant-acme", Map.of("dezky.tenant", "acme"));
        assertThat(authentik.findOrCreateGroup("dezky-tenant-acme", Map.of("dezky.tenant", "acme")).pk())
                .isEqualTo(group.pk());

        AuthentikUser user = authentik.createUser("kim@acme.example", "Kim Park", List.of(group.pk()));
        assertThat(user.active()).isTrue();
        assertThat(user.uid()).hasSize(64);
        assertThat(authentik.findUserByEmail("kim@acme.example")).contains(user);
        AuthentikGroup admins = authentik.findOrCreateGroup("dezky-tenant-acme-admins", Map.of());
        authentik.addUserToGroup(admins.pk(), user.pk());
        authentik.removeUserFromGroup(admins.pk(), user.pk());
        assertThat(authentik.setActive(user.pk(), false).active()).isFalse();
        assertThat(authentik.recoveryLink(user.pk())).as("the sandbox brand has no recovery flow").isEmpty();
        authentik.setPassword(user.pk(), "Xk7#mPq2$Lw9vRt4");
        authentik.deleteGroup(admins.pk());
        authentik.deleteGroup(admins.pk());

        assertThat(sandbox.counts("authentik")).containsEntry("groups", 1).containsEntry("users", 1);
        assertThat(sandbox.servedRequests()).allSatisfy(event ->
                assertThat(event.getRequest().getHeader("Host")).isEqualTo("auth.example.com"));
        assertThat(UpstreamSpecs.violations(sandbox.servedRequests(), true)).isEmpty();
    }

    @Test
    void stalwartMethodCallsMatchTheRegistryAndFindOrCreateIsIdempotent() {
        stalwart.findDomain("warm.example");
        long before = jmapRequests();
        UpstreamCalls.Found<String> created = stalwart.findOrCreateDomain("acme.example", "Acme (dezky-tenant-acme)");
        assertThat(created.created()).isTrue();
        String id = created.value();
        assertThat(stalwart.findOrCreateDomain("acme.example", "Acme (dezky-tenant-acme)"))
                .isEqualTo(new UpstreamCalls.Found<>(id, false));
        assertThat(jmapRequests() - before).as("the lookup and the creation go in one request").isEqualTo(2);
        assertThat(stalwart.findDomain("acme.example")).contains(id);
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);

        stalwart.destroyDomain(id);
        stalwart.destroyDomain(id);
        assertThat(stalwart.findDomain("acme.example")).isEmpty();
        assertThat(UpstreamSpecs.violations(sandbox.servedRequests(), false)).isEmpty();
    }

    @Test
    void ocisCallsMatchLibreGraphAndGrantsAreIdempotent() {
        OcisDrive drive = ocis.createDrive("dezky-tenant-acme", "Acme");
        OcisGroup group = ocis.findOrCreateGroup("dezky-tenant-acme", "Members of Acme");
        assertThat(ocis.findOrCreateGroup("dezky-tenant-acme", "Members of Acme").id()).isEqualTo(group.id());
        ocis.grantManager(drive.id(), group.id());
        ocis.grantManager(drive.id(), group.id());
        assertThat(ocis.findDriveByName("dezky-tenant-acme")).map(OcisDrive::id).contains(drive.id());

        ocis.disableDrive(drive.id());
        assertThat(ocis.findDrive(drive.id())).hasValueSatisfying(d -> assertThat(d.disabled()).isTrue());
        ocis.restoreDrive(drive.id());
        assertThat(ocis.findDrive(drive.id())).hasValueSatisfying(d -> assertThat(d.disabled()).isFalse());
        ocis.purgeDrive(drive.id());
        assertThat(ocis.findDrive(drive.id())).isEmpty();
        ocis.deleteGroup(group.id());
        ocis.deleteGroup(group.id());

        assertThat(sandbox.counts("ocis")).containsEntry("drives", 0).containsEntry("groups", 0);
        assertThat(UpstreamSpecs.violations(sandbox.servedRequests(), true)).isEmpty();
    }

    private long jmapRequests() {
        return sandbox.servedRequests().stream().filter(event -> event.getRequest().getMethod().getName().equals("POST")
                && event.getRequest().getUrl().startsWith("/stalwart/jmap")).count();
    }

    @Test
    void specValidationCatchesRequestsThatDrift() {
        var userWithoutName = SimpleRequest.Builder.post("/authentik/api/v3/core/users/")
                .withHeader("Authorization", "Bearer t").withContentType("application/json")
                .withBody("{\"username\": \"kim@acme.example\", \"is_active\": \"yes\"}").build();
        assertThat(UpstreamSpecs.authentik().validateRequest(userWithoutName).hasErrors()).isTrue();

        var inviteWithRolesAsText = SimpleRequest.Builder.post("/ocis/graph/v1beta1/drives/d1/root/invite")
                .withHeader("Authorization", "Bearer t").withContentType("application/json")
                .withBody("{\"recipients\": [{\"objectId\": \"g\"}], \"roles\": \"manager\"}").build();
        assertThat(UpstreamSpecs.ocis().validateRequest(inviteWithRolesAsText).hasErrors()).isTrue();

        var jmap = JsonMapper.builder().build().readTree("""
                {"using": ["urn:ietf:params:jmap:core", "urn:stalwart:jmap"], "methodCalls": [
                  ["x:Domain/set", {"accountId": "d", "create": {"a": {"name": "acme.example", "createdAt": "2026-01-01T00:00:00Z", "owner": "x", "isEnabled": "yes"}}}, "0"],
                  ["x:Domain/query", {"accountId": "d", "filter": {"domainName": "acme.example"}}, "1"],
                  ["x:Mailbox/destroy", {"accountId": "d"}, "2"]]}""");
        assertThat(UpstreamSpecs.jmapViolations(jmap)).hasSize(5)
                .anyMatch(v -> v.contains("createdAt is set by the server"))
                .anyMatch(v -> v.contains("has no property owner"))
                .anyMatch(v -> v.contains("isEnabled must be"))
                .anyMatch(v -> v.contains("cannot be filtered by domainName"))
                .anyMatch(v -> v.contains("x:Mailbox/destroy: no such method"));
    }

    @Test
    void decodesEachUpstreamsErrorsIntoKinds() {
        authentik.createGroup("dezky-tenant-acme", Map.of());
        assertThatThrownBy(() -> authentik.createGroup("dezky-tenant-acme", Map.of()))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
        assertThatThrownBy(() -> authentik.createGroup("", Map.of()))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
        assertThatThrownBy(() -> authentik.addUserToGroup("no-such-group", 1))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));

        stalwart.createDomain("acme.example", null);
        assertThatThrownBy(() -> stalwart.createDomain("acme.example", null))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e).hasMessageContaining("primaryKeyViolation");
                });

        ocis.findOrCreateGroup("dezky-tenant-acme", "Acme");
        assertThat(ocis.findDrive("no-such-drive")).isEmpty();

        useClients("", Duration.ofSeconds(2));
        assertThatThrownBy(() -> authentik.findGroup("x"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
        assertThatThrownBy(() -> stalwart.findDomain("acme.example"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
        assertThatThrownBy(() -> ocis.findGroup("x"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
    }

    @Test
    void retriesLookupsOnServerErrorsButNeverRepeatsACreate() {
        sandbox.fault("authentik", SandboxFault.error());
        assertThatThrownBy(() -> authentik.findGroup("dezky-tenant-acme"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(sandbox.servedRequests()).hasSize(3);

        sandbox.forgetServedRequests();
        assertThatThrownBy(() -> authentik.createGroup("dezky-tenant-acme", Map.of()))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(sandbox.servedRequests()).hasSize(1);
        sandbox.clearFault("authentik");
    }

    @Test
    void timeoutsAndConnectionResetsAreUnavailability() {
        useClients("test-token", Duration.ofMillis(300));
        sandbox.fault("ocis", SandboxFault.delay(Duration.ofSeconds(3)));
        assertThatThrownBy(() -> ocis.createDrive("dezky-tenant-acme", "Acme"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(e).hasMessageContaining("Timeout");
                });
        sandbox.fault("stalwart", SandboxFault.reset());
        assertThatThrownBy(() -> stalwart.findDomain("acme.example"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        sandbox.clearFault("ocis");
        sandbox.clearFault("stalwart");
    }

    @Test
    void circuitOpensAfterItsThresholdAndThenFailsFastWithoutCallingTheUpstream() {
        sandbox.fault("ocis", SandboxFault.error());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> ocis.createDrive("dezky-tenant-acme", "Acme")).isInstanceOf(UpstreamException.class);
        }
        CircuitBreaker breaker = upstreams.calls("ocis").circuitBreaker();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        sandbox.clearFault("ocis");
        sandbox.forgetServedRequests();

        assertThatThrownBy(() -> ocis.findGroup("dezky-tenant-acme"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(e).hasMessageContaining("circuit open");
                });
        assertThat(sandbox.servedRequests()).as("an open circuit does not call the upstream").isEmpty();
        assertThat(meters.get("resilience4j.circuitbreaker.state").tags("name", "ocis", "state", "open").gauge().value())
                .isEqualTo(1.0);
        assertThat(meters.get("dezky.upstream.calls").tags("upstream", "ocis", "operation", "find_group",
                "outcome", "circuit_open").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("dezky.upstream.call.duration").tags("upstream", "ocis", "operation", "create_drive")
                .timer().count()).isEqualTo(4);
        assertThat(upstreams.status()).filteredOn(s -> s.name().equals("ocis"))
                .singleElement().satisfies(s -> {
                    assertThat(s.circuitBreaker()).isEqualTo("open");
                    assertThat(s.sandbox()).isTrue();
                });
    }
}
