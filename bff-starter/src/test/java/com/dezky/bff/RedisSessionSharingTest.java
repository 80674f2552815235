package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * SECURITY.md S5 with the real Redis of this machine: a session written to Redis by another
 * replica (here: directly through the session repository) is served by this BFF, tokens
 * included. Skipped where no Redis listens on 127.0.0.1:6379. The sessions go under a key
 * namespace of their own, so a developer's Redis keeps nothing of this suite's.
 */
@SpringBootTest(classes = TestBffApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.security.oauth2.client.registration.dezky.provider=dezky",
                "spring.security.oauth2.client.registration.dezky.client-id=dezky-operator",
                "spring.security.oauth2.client.registration.dezky.client-secret=test",
                "spring.security.oauth2.client.registration.dezky.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.dezky.redirect-uri=http://operator.localhost:8080/login/oauth2/code/dezky",
                "spring.security.oauth2.client.registration.dezky.scope=openid",
                "spring.security.oauth2.client.provider.dezky.authorization-uri=http://idp.test/authorize",
                "spring.security.oauth2.client.provider.dezky.token-uri=http://idp.test/token",
                "spring.security.oauth2.client.provider.dezky.jwk-set-uri=http://idp.test/jwks",
                "spring.security.oauth2.client.provider.dezky.user-name-attribute=sub",
                "spring.config.import=classpath:config/dezky-bff-defaults.yml",
                "spring.data.redis.host=127.0.0.1",
                "spring.data.redis.port=6379",
                "dezky.bff.api-base-uris=http://127.0.0.1:9/unused",
                "dezky.bff.public-url=http://operator.localhost:8080",
                "dezky.bff.session-cookie-name=__Host-dezky-redis-test",
                "spring.session.data.redis.namespace=dezky-test:${random.uuid}"})
@ActiveProfiles("redis-sessions")
class RedisSessionSharingTest {

    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SessionRepository<? extends Session> sessionRepository;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @Autowired
    ClientRegistrationRepository registrations;

    @BeforeAll
    static void redisListens() {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            Assumptions.assumeTrue(socket.isConnected());
        } catch (Exception e) {
            Assumptions.abort("No Redis on 127.0.0.1:6379");
        }
    }

    final List<String> written = new ArrayList<>();

    @AfterEach
    void removeWrittenSessions() {
        written.forEach(sessions()::deleteById);
    }

    /** The Redis-backed repository; its session type is Spring Session's own. */
    @SuppressWarnings("unchecked")
    private SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) sessionRepository;
    }

    @Test
    void servesSessionWrittenToRedisByAnotherReplica() throws Exception {
        String email = "replica-" + UUID.randomUUID() + "@dezky.com";
        Session shared = sessions().createSession();
        written.add(shared.getId());
        sessionOfSignedInUser(email).forEach(shared::setAttribute);
        sessions().save(shared);

        HttpResponse<String> user = get("/bff/user", shared.getId());

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"email\":\"" + email + "\"");
        assertThat(sessions().findById(shared.getId())).as("the session lives in Redis").isNotNull();
    }

    @Test
    void logoutOnOneReplicaEndsTheSessionForAll() throws Exception {
        Session shared = sessions().createSession();
        written.add(shared.getId());
        sessionOfSignedInUser("leaving@dezky.com").forEach(shared::setAttribute);
        sessions().save(shared);

        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bff/logout"))
                .header("Cookie", cookie(shared.getId())).header("X-CSRF", "1")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(sessions().findById(shared.getId())).isNull();
        assertThat(get("/bff/user", shared.getId()).statusCode()).isEqualTo(401);
    }

    private java.util.Map<String, Object> sessionOfSignedInUser(String email) {
        return SignedInSessionAttributes.of(authorizedClients, registrations, email, null);
    }

    private HttpResponse<String> get(String path, String sessionId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", cookie(sessionId)).header("X-CSRF", "1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Spring Session's cookie carries the session id in base64. */
    private static String cookie(String sessionId) {
        return "__Host-dezky-redis-test=" + Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
    }
}
