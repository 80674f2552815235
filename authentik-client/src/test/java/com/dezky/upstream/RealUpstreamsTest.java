package com.dezky.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.upstream.authentik.AuthentikClient;
import com.dezky.upstream.authentik.AuthentikGroup;
import com.dezky.upstream.authentik.AuthentikUser;
import com.dezky.upstream.ocis.OcisClient;
import com.dezky.upstream.ocis.OcisDrive;
import com.dezky.upstream.ocis.OcisGroup;
import com.dezky.upstream.stalwart.StalwartClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

/**
 * The three clients' whole scenario against the real servers, at the images docker-compose.yml
 * pins: authentik (server, worker, PostgreSQL, with deploy/authentik's blueprint applied and
 * platform-api's own service-account token), Stalwart v0.16 and OCIS. Runs with
 * {@code ./mvnw verify -Preal-upstreams} where a Docker engine runs; reported as skipped
 * otherwise (the images are large and authentik takes minutes to migrate, so not on every build).
 */
@EnabledIfSystemProperty(named = "dezky.real-upstreams", matches = "true",
        disabledReason = "the real upstreams run with ./mvnw verify -Preal-upstreams (needs Docker)")
@Testcontainers(disabledWithoutDocker = true)
class RealUpstreamsTest {

    static final String AUTHENTIK_IMAGE = "ghcr.io/goauthentik/server:2026.2.2";
    static final String PASSWORD = "Rt4-" + UUID.randomUUID();
    static final String BOOTSTRAP_TOKEN = "bootstrap-" + UUID.randomUUID();
    static final Duration SLOW_START = Duration.ofMinutes(6);
    static final HttpClient http = HttpClient.newHttpClient();
    static final Network network = Network.newNetwork();

    @Container
    static final GenericContainer<?> postgres = new GenericContainer<>("postgres:16.10-alpine")
            .withNetwork(network).withNetworkAliases("authentik-postgres")
            .withEnv(Map.of("POSTGRES_DB", "authentik", "POSTGRES_USER", "authentik", "POSTGRES_PASSWORD", PASSWORD))
            // The image restarts once after initialising, so the second "ready" is the real one.
            .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));

    @Container
    static final GenericContainer<?> authentikServer = authentik("server").withExposedPorts(9000)
            .waitingFor(Wait.forHttp("/-/health/ready/").forPort(9000).withStartupTimeout(SLOW_START));

    /** The worker applies the blueprints (and the bootstrap token); the server only serves. */
    @Container
    static final GenericContainer<?> authentikWorker = authentik("worker")
            .waitingFor(Wait.forSuccessfulCommand("ak healthcheck").withStartupTimeout(SLOW_START));

    /**
     * Stalwart with a data store but no setup yet, in recovery mode: the management API only, no
     * mail services, which is the mode its documentation gives for provisioning objects before
     * any mail arrives; the recovery administrator is pinned instead of generated.
     */
    @Container
    static final GenericContainer<?> stalwart = new GenericContainer<>("stalwartlabs/stalwart:v0.16.18")
            .withCopyToContainer(Transferable.of("{\"@type\":\"RocksDb\",\"path\":\"/opt/stalwart/data/\"}"),
                    "/opt/stalwart/config.json")
            .withCreateContainerCmdModifier(command -> command.withEntrypoint("/usr/local/bin/stalwart"))
            .withCommand("--config", "/opt/stalwart/config.json")
            .withEnv(Map.of("STALWART_RECOVERY_MODE", "true", "STALWART_RECOVERY_ADMIN", "admin:" + PASSWORD))
            .withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/jmap/session").forPort(8080).withBasicCredentials("admin", PASSWORD)
                    .forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));

    /** OCIS with its own identity store, the admin's password set, and basic auth for the Graph API. */
    @Container
    static final GenericContainer<?> ocis = new GenericContainer<>("owncloud/ocis:7.2.0")
            .withCreateContainerCmdModifier(command -> command.withEntrypoint("/bin/sh", "-c",
                    "ocis init --insecure true --admin-password \"$IDM_ADMIN_PASSWORD\" && exec ocis server"))
            .withEnv(Map.of("IDM_ADMIN_PASSWORD", PASSWORD, "OCIS_URL", "https://localhost:9200", "OCIS_INSECURE",
                    "true", "PROXY_TLS", "false", "PROXY_ENABLE_BASIC_AUTH", "true", "OCIS_LOG_LEVEL", "warn"))
            .withExposedPorts(9200)
            .waitingFor(Wait.forHttp("/graph/v1.0/me").forPort(9200).withBasicCredentials("admin", PASSWORD)
                    .forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));

    private static ConfigurableApplicationContext context;
    private static AuthentikClient authentikClient;
    private static StalwartClient stalwartClient;
    private static OcisClient ocisClient;

    private static GenericContainer<?> authentik(String role) {
        return new GenericContainer<>(AUTHENTIK_IMAGE).withCommand(role).withNetwork(network).dependsOn(postgres)
                .withEnv(Map.of("AUTHENTIK_SECRET_KEY", "test-" + UUID.randomUUID() + UUID.randomUUID(),
                        "AUTHENTIK_POSTGRESQL__HOST", "authentik-postgres", "AUTHENTIK_POSTGRESQL__USER", "authentik",
                        "AUTHENTIK_POSTGRESQL__NAME", "authentik", "AUTHENTIK_POSTGRESQL__PASSWORD", PASSWORD,
                        "AUTHENTIK_BOOTSTRAP_TOKEN", BOOTSTRAP_TOKEN, "AUTHENTIK_BOOTSTRAP_PASSWORD", PASSWORD,
                        "DEZKY_DOMAIN", "dezky.test", "DEZKY_OPERATOR_CLIENT_SECRET", "operator-" + PASSWORD,
                        "DEZKY_PORTAL_CLIENT_SECRET", "portal-" + PASSWORD))
                .withCopyFileToContainer(MountableFile.forHostPath(repository().resolve("deploy/authentik/dezky.yaml")),
                        "/blueprints/custom/dezky.yaml");
    }

    @BeforeAll
    static void clientsOfTheRealServers() throws Exception {
        String authentikUrl = "http://" + authentikServer.getHost() + ":" + authentikServer.getMappedPort(9000);
        List<String> arguments = new ArrayList<>();
        arguments.addAll(upstream("authentik", authentikUrl, platformApiToken(authentikUrl), null));
        arguments.addAll(upstream("stalwart", "http://" + stalwart.getHost() + ":" + stalwart.getMappedPort(8080),
                PASSWORD, "admin"));
        arguments.addAll(upstream("ocis", "http://" + ocis.getHost() + ":" + ocis.getMappedPort(9200) + "/graph",
                PASSWORD, "admin"));
        context = UpstreamClientsContext.start(arguments);
        authentikClient = context.getBean(AuthentikClient.class);
        stalwartClient = context.getBean(StalwartClient.class);
        ocisClient = context.getBean(OcisClient.class);
    }

    @AfterAll
    static void closeClients() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void authentikGroupsUsersAndRecoveryWithPlatformApisOwnToken() {
        AuthentikGroup group = authentikClient.findOrCreateGroup("dezky-tenant-real", Map.of("dezky.tenant", "real"));
        assertThat(authentikClient.findOrCreateGroup("dezky-tenant-real", Map.of("dezky.tenant", "real")).pk())
                .as("found, not created twice").isEqualTo(group.pk());

        AuthentikUser user = authentikClient.createUser("kim@real.example", "Kim Park", List.of(group.pk()));
        assertThat(user.active()).isTrue();
        assertThat(authentikClient.findUserByEmail("kim@real.example")).map(AuthentikUser::pk).contains(user.pk());
        AuthentikGroup admins = authentikClient.findOrCreateGroup("dezky-tenant-real-admins", Map.of());
        authentikClient.addUserToGroup(admins.pk(), user.pk());
        authentikClient.removeUserFromGroup(admins.pk(), user.pk());

        Optional<String> recovery = authentikClient.recoveryLink(user.pk());
        // The default brand has no recovery flow until an operator sets one; then a link comes back.
        recovery.ifPresent(link -> assertThat(link).startsWith("http"));
        authentikClient.setPassword(user.pk(), "Xk7#mPq2$Lw9vRt4");
        assertThat(authentikClient.setActive(user.pk(), false).active()).isFalse();

        authentikClient.deleteGroup(admins.pk());
        authentikClient.deleteGroup(admins.pk());
        assertThat(authentikClient.findGroup("dezky-tenant-real-admins")).isEmpty();
    }

    @Test
    void stalwartDomainsFoundOrCreatedOnceAndDestroyed() {
        UpstreamCalls.Found<String> created = stalwartClient.findOrCreateDomain("real.example", "Real (dezky-tenant-real)");
        assertThat(created.created()).isTrue();
        assertThat(stalwartClient.findOrCreateDomain("real.example", "Real (dezky-tenant-real)"))
                .isEqualTo(new UpstreamCalls.Found<>(created.value(), false));

        stalwartClient.destroyDomain(created.value());
        stalwartClient.destroyDomain(created.value());
        assertThat(stalwartClient.findDomain("real.example")).isEmpty();
    }

    @Test
    void ocisDriveGroupGrantDisableRestoreAndPurge() {
        OcisDrive drive = ocisClient.createDrive("dezky-tenant-real", "Real");
        OcisGroup group = ocisClient.findOrCreateGroup("dezky-tenant-real", "Members of Real");
        assertThat(ocisClient.findOrCreateGroup("dezky-tenant-real", "Members of Real").id()).isEqualTo(group.id());
        ocisClient.grantManager(drive.id(), group.id());
        ocisClient.grantManager(drive.id(), group.id());
        assertThat(ocisClient.findDriveByName("dezky-tenant-real")).map(OcisDrive::id).contains(drive.id());

        ocisClient.disableDrive(drive.id());
        assertThat(ocisClient.findDrive(drive.id())).hasValueSatisfying(d -> assertThat(d.disabled()).isTrue());
        ocisClient.restoreDrive(drive.id());
        assertThat(ocisClient.findDrive(drive.id())).hasValueSatisfying(d -> assertThat(d.disabled()).isFalse());
        ocisClient.purgeDrive(drive.id());
        assertThat(ocisClient.findDrive(drive.id())).isEmpty();
        ocisClient.deleteGroup(group.id());
        ocisClient.deleteGroup(group.id());
        assertThat(ocisClient.findGroup("dezky-tenant-real")).isEmpty();
    }

    private static List<String> upstream(String name, String url, String token, String username) {
        String prefix = "--dezky.upstreams." + name + ".";
        List<String> arguments = new ArrayList<>(List.of(prefix + "base-url=" + url, prefix + "token=" + token,
                prefix + "read-timeout=30s", prefix + "connect-timeout=5s"));
        if (username != null) {
            arguments.add(prefix + "username=" + username);
        }
        return arguments;
    }

    /**
     * The key of the token that deploy/authentik's blueprint gives platform-api's service account,
     * read with the bootstrap token once the worker has applied both: the suite provisions with
     * the very credential and permissions production has.
     */
    private static String platformApiToken(String authentikUrl) throws Exception {
        URI viewKey = URI.create(authentikUrl + "/api/v3/core/tokens/dezky-platform-api/view_key/");
        Instant deadline = Instant.now().plus(SLOW_START);
        HttpResponse<String> answer;
        do {
            answer = http.send(HttpRequest.newBuilder(viewKey).header("Authorization", "Bearer " + BOOTSTRAP_TOKEN)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return FeignClients.jsonOf(answer.body()).path("key").asString();
            }
            Thread.sleep(2_000);
        } while (Instant.now().isBefore(deadline));
        throw new IllegalStateException("authentik never served platform-api's token: " + answer.statusCode() + " "
                + answer.body());
    }

    /** The repository root, found from this module's directory (Maven runs tests in it). */
    private static Path repository() {
        Path directory = Path.of("").toAbsolutePath();
        while (!directory.resolve("deploy/authentik/dezky.yaml").toFile().isFile()) {
            directory = directory.getParent();
            if (directory == null) {
                throw new IllegalStateException("deploy/authentik/dezky.yaml not found above " + Path.of("").toAbsolutePath());
            }
        }
        return directory;
    }
}
