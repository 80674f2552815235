package com.dezky.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import com.dezky.platform.testing.TestIssuers;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resource-server rules of SECURITY.md R1–R5, through real HTTP against the running
 * application with real signed tokens.
 */
class ResourceServerAuthorizationTest extends ApiTest {

    static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void operatorAudienceAndPlatformAdminMayListUsers() throws Exception {
        assertThat(get("/users", issuers.operatorAdmin("ada")).statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsPortalTokenOfPlatformAdminOnOperatorEndpoint() throws Exception {
        assertProblem(get("/users", issuers.portalAdmin("ada")), 403);
    }

    @Test
    void rejectsOperatorTokenOfNonAdminOnOperatorEndpoint() throws Exception {
        assertProblem(get("/users", issuers.operatorUser("bob")), 403);
    }

    @Test
    void rejectsOperatorTokenWithoutGroupsClaimOnOperatorEndpoint() throws Exception {
        assertProblem(get("/users", issuers.sign(TestIssuers.OPERATOR,
                issuers.claims(TestIssuers.OPERATOR, "carol").build())), 403);
    }

    @Test
    void rejectsTokenWithForeignAudience() throws Exception {
        String token = issuers.token(TestIssuers.OPERATOR, "ada",
                c -> c.audience("dezky-portal").claim("groups", List.of("dezky-platform-admins")));
        assertProblem(get("/users", token), 401);
    }

    @Test
    void rejectsTokenOfUntrustedIssuer() throws Exception {
        String token = issuers.token(TestIssuers.UNTRUSTED, "ada",
                c -> c.audience("dezky-operator").claim("groups", List.of("dezky-platform-admins")));
        assertProblem(get("/users", token), 401);
    }

    @Test
    void rejectsTokenClaimingTrustedIssuerButSignedByUnknownKey() throws Exception {
        RSAKey foreign = TestIssuers.foreignKey();
        JWTClaimsSet claims = adminClaims().build();
        String token = issuers.sign(foreign, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("foreign").build(),
                claims);
        assertProblem(get("/users", token), 401);
    }

    @Test
    void rejectsTokenCarryingItsOwnKeyInJwkHeader() throws Exception {
        RSAKey foreign = TestIssuers.foreignKey();
        String token = issuers.sign(foreign, new JWSHeader.Builder(JWSAlgorithm.RS256)
                .jwk(foreign.toPublicJWK()).keyID(foreign.getKeyID()).build(), adminClaims().build());
        assertProblem(get("/users", token), 401);
    }

    @Test
    void rejectsExpiredToken() throws Exception {
        String token = issuers.sign(TestIssuers.OPERATOR, adminClaims()
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))).build());
        assertProblem(get("/users", token), 401);
    }

    /** Found by the acceptance suite (issue 15, item 5): GET /me with an ID token answered 200. */
    @Test
    void rejectsAnIdTokenAsBearerOfEitherIssuer() throws Exception {
        String operatorIdToken = issuers.idToken(TestIssuers.OPERATOR, "ada",
                claims -> claims.claim("groups", List.of("dezky-platform-admins")));
        String portalIdToken = issuers.idToken(TestIssuers.PORTAL, "kim", claims -> claims);

        assertProblem(get("/me", operatorIdToken), 401);
        assertProblem(get("/users", operatorIdToken), 401);
        assertProblem(get("/me", portalIdToken), 401);
    }

    @Test
    void rejectsATokenOfAnIssuerThatTypesAccessTokensWhenItIsNotTypedAsOne() throws Exception {
        String untyped = issuers.signTyped(TestIssuers.OPERATOR, JOSEObjectType.JWT, adminClaims().build());

        assertProblem(get("/me", untyped), 401);
        assertThat(get("/me", issuers.operatorAdmin("ada")).statusCode()).as("typed at+jwt").isEqualTo(200);
    }

    @Test
    void acceptsAnAccessTokenOfAnIssuerThatDoesNotTypeThemWithoutIdTokenClaims() throws Exception {
        assertThat(get("/me", issuers.token(TestIssuers.PORTAL, "kim", claims -> claims)).statusCode()).isEqualTo(200);
    }

    /** Issue 15, item 12: operators need a second factor (dezky.operator.require-mfa, on by default). */
    @Test
    void refusesAnOperatorTokenWithoutASecondFactorSayingWhy() throws Exception {
        String passwordOnly = issuers.token(TestIssuers.OPERATOR, "ada", claims -> claims
                .claim("groups", List.of("dezky-platform-admins")).claim("amr", List.of("pwd")));

        HttpResponse<String> refused = get("/users", passwordOnly);

        assertProblem(refused, 403);
        assertThat(refused.body()).contains("second factor");
        assertThat(get("/users", issuers.operatorAdmin("ada")).statusCode()).as("amr pwd, mfa").isEqualTo(200);
        assertThat(get("/me", passwordOnly).statusCode()).as("not an operator request").isEqualTo(200);
    }

    @Test
    void rejectsTokenWithoutExpiry() throws Exception {
        String token = issuers.sign(TestIssuers.OPERATOR, adminClaims().expirationTime(null).build());
        assertProblem(get("/users", token), 401);
    }

    @Test
    void rejectsTokenNotYetValid() throws Exception {
        String token = issuers.sign(TestIssuers.OPERATOR, adminClaims()
                .notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build());
        assertProblem(get("/users", token), 401);
    }

    @Test
    void rejectsUnsignedToken() throws Exception {
        assertProblem(get("/users", issuers.unsigned(adminClaims().build())), 401);
    }

    @Test
    void rejectsHmacTokenSignedWithIssuersPublicKey() throws Exception {
        assertProblem(get("/users", issuers.hmacWithPublicKey(TestIssuers.OPERATOR, adminClaims().build())), 401);
    }

    @Test
    void rejectsTokenInQueryParameter() throws Exception {
        String token = issuers.operatorAdmin("ada");
        assertProblem(send(HttpRequest.newBuilder(uri("/users?access_token=" + token)).GET().build()), 401);
    }

    @Test
    void rejectsRequestWithoutTokenWithProblemBody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/me")).GET().build());
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void deniesEndpointsWithoutExplicitRuleEvenToOperators() throws Exception {
        assertProblem(get("/internal/anything", issuers.operatorAdmin("ada")), 403);
    }

    @Test
    void probesAreOpenAndReadinessIncludesDatabase() throws Exception {
        assertThat(send(HttpRequest.newBuilder(managementUri("/actuator/health/liveness")).GET().build()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(managementUri("/actuator/health/readiness")).GET()
                .build());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    private JWTClaimsSet.Builder adminClaims() {
        return issuers.claims(TestIssuers.OPERATOR, "ada").claim("groups", List.of("dezky-platform-admins"));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains("\"type\":\"https://dezky.com/problems/");
    }
}
