package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * SECURITY.md O5 with two replicas of a BFF sharing the machine's Redis: the identity provider
 * (here a local one with its own signing key and discovery document) POSTs a logout token to one
 * replica, and the session, created on the other, is dead everywhere. Tokens that are not valid
 * logout tokens change nothing. Skipped where no Redis listens on 127.0.0.1:6379.
 */
class BackChannelLogoutTest {

    static final HttpClient http = HttpClient.newHttpClient();
    static final String NAMESPACE = "dezky-test:" + UUID.randomUUID();
    static RSAKey idpKey;
    static HttpServer idp;
    static ConfigurableApplicationContext replicaA;
    static ConfigurableApplicationContext replicaB;

    @BeforeAll
    static void idpAndTwoReplicas() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            Assumptions.assumeTrue(socket.isConnected());
        } catch (Exception e) {
            Assumptions.abort("No Redis on 127.0.0.1:6379");
        }
        idpKey = new RSAKeyGenerator(2048).keyID("idp").generate();
        idp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        idp.createContext("/.well-known/openid-configuration", exchange -> reply(exchange, "{\"issuer\":\"" + issuer()
                + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\",\"token_endpoint\":\"" + issuer()
                + "/token\",\"jwks_uri\":\"" + issuer() + "/jwks\",\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"]}"));
        idp.createContext("/jwks", exchange -> reply(exchange, new JWKSet(idpKey.toPublicJWK()).toString()));
        idp.start();
        replicaA = replica();
        replicaB = replica();
    }

    @AfterAll
    static void stop() {
        if (replicaA != null) {
            // Nothing of this suite stays in the machine's Redis.
            StringRedisTemplate redis = replicaA.getBean(StringRedisTemplate.class);
            Set<String> keys = redis.keys(NAMESPACE + "*");
            if (keys != null && !keys.isEmpty()) {
                redis.delete(keys);
            }
        }
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (idp != null) {
            idp.stop(0);
        }
    }

    private static String issuer() {
        return "http://127.0.0.1:" + idp.getAddress().getPort();
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(TestBffApplication.class).profiles("redis-sessions").run(
                "--server.port=0", "--management.server.port=0",
                "--spring.security.oauth2.client.registration.dezky.provider=dezky",
                "--spring.security.oauth2.client.registration.dezky.client-id=dezky-operator",
                "--spring.security.oauth2.client.registration.dezky.client-secret=test",
                "--spring.security.oauth2.client.registration.dezky.authorization-grant-type=authorization_code",
                "--spring.security.oauth2.client.registration.dezky.redirect-uri=http://operator.localhost:8080/login/oauth2/code/dezky",
                "--spring.security.oauth2.client.registration.dezky.scope=openid",
                "--spring.security.oauth2.client.provider.dezky.issuer-uri=" + issuer(),
                "--spring.config.import=classpath:config/dezky-bff-defaults.yml",
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=6379",
                "--spring.session.data.redis.namespace=" + NAMESPACE,
                "--dezky.bff.api-base-uris=http://127.0.0.1:9/unused",
                "--dezky.bff.public-url=http://operator.localhost:8080",
                "--dezky.bff.session-cookie-name=__Host-dezky-backchannel-test");
    }

    @SuppressWarnings("unchecked")
    private static SessionRepository<Session> sessions(ConfigurableApplicationContext replica) {
        return replica.getBean(SessionRepository.class);
    }

    /** A session signed in on replica A, under the IdP session sid, indexed as the sign-in does. */
    private static String signedInOnReplicaA(String email, String sid) {
        SessionRepository<Session> sessions = sessions(replicaA);
        Session session = sessions.createSession();
        SignedInSessionAttributes.of(replicaA.getBean(OAuth2AuthorizedClientRepository.class),
                replicaA.getBean(ClientRegistrationRepository.class), email, sid).forEach(session::setAttribute);
        sessions.save(session);
        replicaA.getBean(SignedInSessions.class).signedIn(new MockHttpSession(null, session.getId()), sid, email);
        return session.getId();
    }

    @Test
    void aLogoutTokenPostedToOneReplicaEndsTheSessionOnTheOther() throws Exception {
        String sid = "sid-" + UUID.randomUUID();
        String sessionId = signedInOnReplicaA("leaving@dezky.com", sid);
        assertThat(userStatus(replicaA, sessionId)).isEqualTo(200);

        HttpResponse<String> logout = postLogout(replicaB, logoutToken(claims -> claims.claim("sid", sid)));

        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
        assertThat(logout.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(sessions(replicaA).findById(sessionId)).isNull();
        assertThat(userStatus(replicaA, sessionId)).isEqualTo(401);
    }

    @Test
    void aLogoutTokenNamingOnlyTheUserEndsEverySessionOfTheUser() throws Exception {
        String first = signedInOnReplicaA("twice@dezky.com", "sid-" + UUID.randomUUID());
        String second = signedInOnReplicaA("twice@dezky.com", "sid-" + UUID.randomUUID());
        String other = signedInOnReplicaA("stays@dezky.com", "sid-" + UUID.randomUUID());

        assertThat(postLogout(replicaB, logoutToken(claims -> claims.subject("twice@dezky.com"))).statusCode())
                .isEqualTo(200);

        assertThat(sessions(replicaA).findById(first)).isNull();
        assertThat(sessions(replicaA).findById(second)).isNull();
        assertThat(sessions(replicaA).findById(other)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nonce", "no-events", "wrong-audience", "wrong-issuer", "foreign-key", "no-sid-or-sub",
            "old-iat", "expired", "garbage"})
    void anythingButAValidLogoutTokenIsRefusedWithA400ProblemAndEndsNothing(String defect) throws Exception {
        String sid = "sid-" + UUID.randomUUID();
        String sessionId = signedInOnReplicaA("kept@dezky.com", sid);
        String token = switch (defect) {
            case "nonce" -> logoutToken(claims -> claims.claim("sid", sid).claim("nonce", "n"));
            case "no-events" -> logoutToken(claims -> claims.claim("sid", sid).claim("events", null));
            case "wrong-audience" -> logoutToken(claims -> claims.claim("sid", sid).audience("dezky-portal"));
            case "wrong-issuer" -> logoutToken(claims -> claims.claim("sid", sid).issuer("http://evil.example"));
            case "foreign-key" -> sign(new RSAKeyGenerator(2048).keyID("idp").generate(),
                    baseClaims().claim("sid", sid).build());
            case "no-sid-or-sub" -> logoutToken(claims -> claims.subject(null));
            case "old-iat" -> logoutToken(claims -> claims.claim("sid", sid)
                    .issueTime(Date.from(Instant.now().minusSeconds(3600))));
            case "expired" -> logoutToken(claims -> claims.claim("sid", sid)
                    .expirationTime(Date.from(Instant.now().minusSeconds(60))));
            default -> "not-a-jwt";
        };

        HttpResponse<String> refused = postLogout(replicaB, token);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"error\":\"invalid_request\"");
        assertThat(sessions(replicaA).findById(sessionId)).isNotNull();
    }

    private JWTClaimsSet.Builder baseClaims() {
        return new JWTClaimsSet.Builder().issuer(issuer()).audience("dezky-operator").issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(120))).jwtID(UUID.randomUUID().toString())
                .claim("events", Map.of(LogoutTokens.EVENT, Map.of()));
    }

    private String logoutToken(UnaryOperator<JWTClaimsSet.Builder> customizer) throws Exception {
        return sign(idpKey, customizer.apply(baseClaims()).build());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("logout+jwt")).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static HttpResponse<String> postLogout(ConfigurableApplicationContext replica, String token)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(replica) + BackChannelLogoutController.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int userStatus(ConfigurableApplicationContext replica, String sessionId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(replica) + "/bff/user"))
                .header("Cookie", "__Host-dezky-backchannel-test=" + Base64.getEncoder()
                        .encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)))
                .header("X-CSRF", "1").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String base(ConfigurableApplicationContext replica) {
        return "http://127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port");
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
