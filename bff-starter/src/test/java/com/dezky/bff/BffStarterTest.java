package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What bff-starter gives a BFF, with its real security configuration: CSRF header, 401 for
 * machine paths, sign-in redirect for pages, /bff/user, token relay, refresh failure, SPA fallback.
 */
@SpringBootTest(classes = TestBffApplication.class, properties = {
        "spring.security.oauth2.client.registration.dezky.provider=dezky",
        "spring.security.oauth2.client.registration.dezky.client-id=dezky-operator",
        "spring.security.oauth2.client.registration.dezky.client-secret=test",
        "spring.security.oauth2.client.registration.dezky.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.dezky.redirect-uri=http://operator.localhost:8080/login/oauth2/code/dezky",
        "spring.security.oauth2.client.registration.dezky.scope=openid,email,profile",
        "spring.security.oauth2.client.provider.dezky.authorization-uri=http://idp.test/authorize",
        "spring.security.oauth2.client.provider.dezky.jwk-set-uri=http://idp.test/jwks",
        "spring.security.oauth2.client.provider.dezky.user-name-attribute=sub",
        "spring.config.import=classpath:config/dezky-bff-defaults.yml",
        "dezky.bff.public-url=http://operator.localhost:8080",
        "dezky.bff.session-cookie-name=__Host-dezky-test",
        "dezky.bff.environment.name=staging-eu", "dezky.bff.environment.kind=staging",
        "dezky.bff.other-environments[0].name=production",
        "dezky.bff.other-environments[0].kind=prod",
        "dezky.bff.other-environments[0].url=https://operator.dezky.com"})
@AutoConfigureMockMvc
class BffStarterTest {

    /** Plays platform-api (echoes what it received) and the IdP's token endpoint (refuses refreshes). */
    static final AtomicReference<Map<String, String>> lastRelayed = new AtomicReference<>();
    static final HttpServer upstream = startUpstream();
    static final int STOPPED_REPLICA = freePort();

    @Autowired
    MockMvc mvc;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @Autowired
    ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + upstream.getAddress().getPort();
        // Two replicas, the first of which refuses every connection (stopped).
        registry.add("dezky.bff.api-base-uris", () -> "http://127.0.0.1:" + STOPPED_REPLICA + "/platform," + base + "/platform");
        registry.add("spring.security.oauth2.client.provider.dezky.token-uri", () -> base + "/token");
    }

    @AfterAll
    static void stopUpstream() {
        upstream.stop(0);
    }

    @Test
    void rejectsApiCallWithoutCsrfHeader() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://dezky.com/problems/csrf-header-missing"));
    }

    @Test
    void answersUnauthorizedForApiCallWithoutSession() throws Exception {
        mvc.perform(get("/api/me").header("X-CSRF", "1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void sendsPageNavigationWithoutSessionToSignIn() throws Exception {
        mvc.perform(get("/tenants/acme"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/oauth2/authorization/dezky"));
    }

    @Test
    void startsAuthorizationCodeFlowWithPkceStateAndNonce() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/dezky"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getHeader("Location");

        assertThat(location).startsWith("http://idp.test/authorize?")
                .contains("code_challenge_method=S256").contains("code_challenge=").contains("state=")
                .contains("nonce=").contains("redirect_uri=http://operator.localhost:8080/login/oauth2/code/dezky");
    }

    @Test
    void describesSignedInUserWithClaimsOnly() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().plusSeconds(300));

        mvc.perform(get("/bff/user").header("X-CSRF", "1").session(session).with(authentication(signedIn())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.email").value("ada@dezky.com"))
                .andExpect(jsonPath("$.platformAdmin").value(true))
                .andExpect(jsonPath("$.logoutUrl").value("/bff/logout"))
                .andExpect(jsonPath("$.sessionExpiresAt").exists());
    }

    @Test
    void saysWhichEnvironmentThisIsAndWhereTheOthersAreToSignedInUsersOnly() throws Exception {
        mvc.perform(get("/bff/environment").header("X-CSRF", "1")).andExpect(status().isUnauthorized());

        mvc.perform(get("/bff/environment").header("X-CSRF", "1").session(signedInSession(Instant.now().plusSeconds(300)))
                        .with(authentication(signedIn())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.name").value("staging-eu"))
                .andExpect(jsonPath("$.current.kind").value("staging"))
                .andExpect(jsonPath("$.current.url").value("http://operator.localhost:8080"))
                .andExpect(jsonPath("$.others[0].name").value("production"))
                .andExpect(jsonPath("$.others[0].kind").value("prod"))
                .andExpect(jsonPath("$.others[0].url").value("https://operator.dezky.com"));
    }

    @Test
    void relaysApiCallWithSessionBearerAndWithoutBrowserCredentials() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().plusSeconds(300));

        mvc.perform(get("/api/tenants/acme").queryParam("view", "full").header("X-CSRF", "1")
                        .header("Authorization", "Bearer forged-by-browser")
                        .header("Cookie", "__Host-dezky-test=abc; other=1")
                        .session(session).with(authentication(signedIn())))
                .andExpect(status().isOk());

        Map<String, String> relayed = lastRelayed.get();
        assertThat(relayed).containsEntry("path", "/platform/tenants/acme?view=full")
                .containsEntry("authorization", "Bearer session-access-token")
                .doesNotContainKey("cookie")
                .doesNotContainKey("x-csrf")
                .as("HTTP/1.1 to platform-api, no h2c upgrade offered").doesNotContainKeys("upgrade", "http2-settings");
    }

    @Test
    void relaysEveryCallWhenOneReplicaOfPlatformApiRefusesConnectionsToTheOtherWithItsBody() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().plusSeconds(300));
        for (int call = 0; call < 4; call++) {
            lastRelayed.set(null);

            mvc.perform(post("/api/tenants").header("X-CSRF", "1").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Kessler\"}").session(session).with(authentication(signedIn())))
                    .andExpect(status().isOk());

            assertThat(lastRelayed.get()).containsEntry("path", "/platform/tenants").containsEntry("body", "{\"name\":\"Kessler\"}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/actuator/prometheus", "/api/actuator/health", "/api/internal/anything",
            "/api/Tenants", "/api/%61ctuator/prometheus"})
    void relaysOnlyPlatformApisOwnPathsAndAnswersAProblemForAnyOther(String path) throws Exception {
        lastRelayed.set(null);

        mvc.perform(get(path).header("X-CSRF", "1").session(signedInSession(Instant.now().plusSeconds(300)))
                        .with(authentication(signedIn())))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 404))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(lastRelayed.get()).as("nothing reached platform-api").isNull();
    }

    @Test
    void endsSessionWithUnauthorizedWhenTokenRefreshIsRefused() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().minusSeconds(60));

        mvc.perform(get("/api/me").header("X-CSRF", "1").session(session).with(authentication(signedIn())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://dezky.com/problems/session-ended"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void logoutAnswersIdentityProviderUrlWithoutIdToken() throws Exception {
        MockHttpSession session = signedInSession(Instant.now().plusSeconds(300));

        String body = mvc.perform(post("/bff/logout").header("X-CSRF", "1").session(session)
                        .with(authentication(signedIn())))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Set-Cookie", hasItem(allOf(startsWith("__Host-dezky-test=;"),
                        containsString("Max-Age=0"), containsString("Path=/"), containsString("Secure")))))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("redirectTo").doesNotContain("id_token_hint");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void servesSpaIndexForDeepLinks() throws Exception {
        mvc.perform(get("/tenants/acme/users").session(signedInSession(Instant.now().plusSeconds(300)))
                        .with(authentication(signedIn())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("spa-index")));
    }

    @Test
    void servesBuiltAssetsWithoutSessionButNotMissingOnes() throws Exception {
        mvc.perform(get("/assets/app-abc123.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/missing.js")).andExpect(status().isNotFound());
    }

    @Test
    void answersNotFoundForUnknownServerPathInsteadOfSpa() throws Exception {
        mvc.perform(get("/bff/nothing-here").header("X-CSRF", "1").session(signedInSession(Instant.now().plusSeconds(300)))
                        .with(authentication(signedIn())))
                .andExpect(status().isNotFound());
    }

    private OAuth2AuthenticationToken signedIn() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("ada@dezky.com")
                .claim("email", "ada@dezky.com").claim("name", "Ada Lovelace")
                .claim("groups", List.of("dezky-platform-admins"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "dezky");
    }

    /** A session holding an authorized client whose access token expires at the given time. */
    private MockHttpSession signedInSession(Instant accessTokenExpiresAt) {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                "session-access-token", accessTokenExpiresAt.minusSeconds(600), accessTokenExpiresAt);
        OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registrations.findByRegistrationId("dezky"),
                "ada@dezky.com", accessToken, new OAuth2RefreshToken("refresh-token", Instant.now()));
        authorizedClients.saveAuthorizedClient(client, signedIn(), request, new MockHttpServletResponse());
        return session;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startUpstream() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/platform", exchange -> {
                Map<String, String> seen = exchange.getRequestHeaders().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue())));
                seen.put("path", exchange.getRequestURI().toString());
                seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                lastRelayed.set(seen);
                reply(exchange, 200, "{\"ok\":true}");
            });
            server.createContext("/token", exchange -> reply(exchange, 400,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}"));
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
