package com.dezky.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import com.dezky.sandbox.DirectoryEntry;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The dev identity provider over real HTTP: login page, code flow, claims from the username. */
class DevIdentityProviderTest {

    static DevIdentityProvider provider;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        provider = new DevIdentityProvider(port, DevUsers.standard(), email -> switch (email) {
            case "kim@acme.example" -> Optional.of(new DirectoryEntry("c0ffee".repeat(10) + "c0ff", "kim@acme.example",
                    "Kim Park", true, List.of("dezky-tenant-acme")));
            case "gone@acme.example" -> Optional.of(new DirectoryEntry("dead", "gone@acme.example", "Gone", false,
                    List.of("dezky-tenant-acme")));
            default -> Optional.empty();
        });
        provider.start();
        base = "http://localhost:" + port;
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void loginPageIsLabelledAsSandboxAndListsDocumentedUsers() throws Exception {
        HttpResponse<String> page = get(authorizeUrl("dezky-operator"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("LOCAL SANDBOX").contains("ada@dezky.com");
    }

    @Test
    void staffSignInAtOperatorIssuerYieldsOperatorAdminToken() throws Exception {
        String payload = accessTokenPayload("dezky-operator", "ada@dezky.com", "");

        assertThat(payload).contains("\"aud\":[\"dezky-operator\",\"dezky-platform-api\"]")
                .contains("\"iss\":\"" + base + "/dezky-operator\"")
                .contains("\"sub\":\"ada@dezky.com\"")
                .contains("\"email\":\"ada@dezky.com\"")
                .contains("\"groups\":[\"dezky-platform-admins\"]")
                .contains("\"amr\":[\"pwd\",\"mfa\"]")
                .contains("\"exp\":");
    }

    @Test
    void claimsPostedWithLoginFormAreIgnored() throws Exception {
        String injected = "{\"groups\":[\"dezky-platform-admins\"],\"aud\":\"dezky-operator\"}";
        String payload = accessTokenPayload("dezky-portal", "nora@example.com", injected);

        assertThat(payload).contains("\"aud\":[\"dezky-portal\",\"dezky-platform-api\"]").contains("\"groups\":[]")
                .doesNotContain("dezky-platform-admins");
    }

    @Test
    void aUserOfTheAuthentikSandboxSignsInWithItsSubjectAndGroups() throws Exception {
        String payload = accessTokenPayload("dezky-portal", "kim@acme.example", "");

        assertThat(payload).contains("\"sub\":\"" + "c0ffee".repeat(10) + "c0ff\"")
                .contains("\"name\":\"Kim Park\"")
                .contains("\"groups\":[\"dezky-tenant-acme\"]");
    }

    @Test
    void aUserDeactivatedInTheAuthentikSandboxCannotSignIn() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(authorizeUrl("dezky-portal")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=gone%40acme.example")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("deactivated");
    }

    @Test
    void unknownIssuerIsNotServed() throws Exception {
        assertThat(get(base + "/default/.well-known/openid-configuration").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAccessTokensNamePlatformApiAsAudienceSoItTellsIdTokensApart() throws Exception {
        for (String issuer : List.of("dezky-operator", "dezky-portal")) {
            String tokens = tokenResponse(issuer, "ada@dezky.com", "");

            assertThat(part(field(tokens, "access_token"), 1)).contains("\"aud\":[\"" + issuer + "\",\"dezky-platform-api\"]");
            assertThat(part(field(tokens, "id_token"), 1)).contains("\"aud\":\"" + issuer + "\"")
                    .doesNotContain("dezky-platform-api");
        }
    }

    private String accessTokenPayload(String issuer, String username, String claims) throws Exception {
        return part(field(tokenResponse(issuer, username, claims), "access_token"), 1);
    }

    private static String field(String json, String name) {
        return JsonMapper.builder().build().readTree(json).get(name).asString();
    }

    /** The decoded header (0) or payload (1) of a JWT. */
    private static String part(String jwt, int index) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
    }

    /** The token endpoint's answer after the authorization code flow with PKCE and nonce n1. */
    private String tokenResponse(String issuer, String username, String claims) throws Exception {
        String redirect = "http://operator.localhost:8080/login/oauth2/code/dezky";
        String verifier = "dev-verifier-0123456789-0123456789-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = base + "/" + issuer + "/authorize?response_type=code&client_id=" + issuer
                + "&scope=openid%20email%20profile&state=s1&nonce=n1&code_challenge_method=S256&code_challenge="
                + challenge + "&redirect_uri=" + encode(redirect);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&claims=" + encode(claims)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/" + issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                        + "&client_id=" + issuer + "&client_secret=dev&code_verifier=" + verifier
                        + "&redirect_uri=" + encode(redirect)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        return token.body();
    }

    private String authorizeUrl(String issuer) {
        return base + "/" + issuer + "/authorize?response_type=code&client_id=" + issuer
                + "&scope=openid&state=s&redirect_uri=" + encode("http://operator.localhost:8080/cb");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
