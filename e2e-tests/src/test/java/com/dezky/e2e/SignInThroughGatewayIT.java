package com.dezky.e2e;

import static com.dezky.e2e.LocalStack.API_HOST;
import static com.dezky.e2e.LocalStack.OPERATOR_HOST;
import static com.dezky.e2e.LocalStack.PORTAL_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through the gateway to each BFF with the dev identity provider, and the session,
 * cookie, CSRF and token-relay rules of SECURITY.md, all over real HTTP against the stack the
 * README's run command starts.
 */
class SignInThroughGatewayIT {

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @Test
    void operatorSignsInAndSeesThemselvesThroughBffAndApi() throws Exception {
        Browser browser = new Browser();
        browser.get(OPERATOR_HOST, "/");
        String beforeSignIn = browser.sessionCookieValue(OPERATOR_HOST);

        String session = browser.signIn(OPERATOR_HOST, "ada@dezky.com");

        assertThat(session).as("session id changes at sign-in (S3)").isNotEqualTo(beforeSignIn);
        HttpResponse<String> user = browser.get(OPERATOR_HOST, "/bff/user", "X-CSRF", "1");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"email\":\"ada@dezky.com\"").contains("\"platformAdmin\":true");
        assertThat(user.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        HttpResponse<String> me = browser.get(OPERATOR_HOST, "/api/me", "X-CSRF", "1");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"ada@dezky.com\"").contains("\"platformAdmin\":true");
        assertThat(browser.get(OPERATOR_HOST, "/api/users", "X-CSRF", "1").statusCode()).isEqualTo(200);

        Browser oldSession = new Browser();
        oldSession.cookies(OPERATOR_HOST).put("__Host-dezky-operator", beforeSignIn);
        assertThat(oldSession.get(OPERATOR_HOST, "/bff/user", "X-CSRF", "1").statusCode())
                .as("the pre-sign-in session id is dead").isEqualTo(401);
    }

    @Test
    void sessionCookieIsHostPrefixedHttpOnlySecureAndSameSite() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> first = browser.get(OPERATOR_HOST, "/");

        String cookie = browser.setCookies(first).getFirst();
        assertThat(cookie).startsWith("__Host-dezky-operator=").contains("; Path=/").contains("; Secure")
                .contains("; HttpOnly").containsPattern("; SameSite=(Lax|Strict)").doesNotContainIgnoringCase("Domain=");
        assertThat(cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))
                .as("at least 128 bits of session id").hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void apiWithoutCsrfHeaderIsRefusedEvenWithSession() throws Exception {
        Browser browser = new Browser();
        browser.signIn(OPERATOR_HOST, "ada@dezky.com");

        HttpResponse<String> withoutHeader = browser.get(OPERATOR_HOST, "/api/me");
        assertThat(withoutHeader.statusCode()).isEqualTo(403);
        assertThat(withoutHeader.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(browser.get(OPERATOR_HOST, "/bff/user").statusCode()).isEqualTo(403);
    }

    @Test
    void apiWithoutSessionAnswers401NotRedirect() throws Exception {
        HttpResponse<String> response = new Browser().get(OPERATOR_HOST, "/api/me", "X-CSRF", "1");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void pageNavigationWithoutSessionGoesToSignIn() throws Exception {
        HttpResponse<String> response = new Browser().get(OPERATOR_HOST, "/tenants/acme");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.path(Browser.location(response))).isEqualTo("/oauth2/authorization/dezky");
    }

    @Test
    void returnsToRequestedPageAfterSignIn() throws Exception {
        Browser browser = new Browser();
        browser.get(OPERATOR_HOST, "/tenants/acme?tab=users");
        HttpResponse<String> toIdp = browser.get(OPERATOR_HOST, "/oauth2/authorization/dezky");
        URI authorize = URI.create(Browser.location(toIdp));
        HttpResponse<String> login = browser.send(authorize.getAuthority(), HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ada%40dezky.com")));
        HttpResponse<String> callback = browser.get(OPERATOR_HOST, Browser.path(Browser.location(login)));

        assertThat(Browser.path(Browser.location(callback))).isEqualTo("/tenants/acme?tab=users");
    }

    @Test
    void redirectUriComesFromConfigurationNotFromForwardedHost() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> toIdp = browser.get(OPERATOR_HOST, "/oauth2/authorization/dezky",
                "X-Forwarded-Host", "evil.example", "Forwarded", "host=evil.example");

        String query = URLDecoder.decode(URI.create(Browser.location(toIdp)).getRawQuery(), StandardCharsets.UTF_8);
        assertThat(query).contains("redirect_uri=http://" + OPERATOR_HOST + "/login/oauth2/code/dezky")
                .doesNotContain("evil.example");
    }

    @Test
    void logoutRequiresCsrfHeaderThenEndsSessionAndPointsToIdentityProvider() throws Exception {
        Browser browser = new Browser();
        String session = browser.signIn(OPERATOR_HOST, "ada@dezky.com");

        assertThat(browser.post(OPERATOR_HOST, "/bff/logout").statusCode()).isEqualTo(403);
        assertThat(browser.get(OPERATOR_HOST, "/bff/user", "X-CSRF", "1").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.post(OPERATOR_HOST, "/bff/logout", "X-CSRF", "1");
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(logout.body()).contains("/dezky-operator/endsession").contains("client_id=dezky-operator");

        Browser replay = new Browser();
        replay.cookies(OPERATOR_HOST).put("__Host-dezky-operator", session);
        assertThat(replay.get(OPERATOR_HOST, "/bff/user", "X-CSRF", "1").statusCode()).isEqualTo(401);
        assertThat(replay.get(OPERATOR_HOST, "/api/me", "X-CSRF", "1").statusCode()).isEqualTo(401);
    }

    @Test
    void operatorWithoutAdminGroupCannotUseOperatorEndpoints() throws Exception {
        Browser browser = new Browser();
        browser.signIn(OPERATOR_HOST, "mallory@example.com");

        assertThat(browser.get(OPERATOR_HOST, "/api/me", "X-CSRF", "1").body()).contains("\"platformAdmin\":false");
        assertThat(browser.get(OPERATOR_HOST, "/api/users", "X-CSRF", "1").statusCode()).isEqualTo(403);
    }

    @Test
    void portalSignInHasItsOwnCookieAndNeverReachesOperatorEndpoints() throws Exception {
        Browser browser = new Browser();
        browser.signIn(PORTAL_HOST, "pat@example.com");

        assertThat(browser.cookies(PORTAL_HOST)).containsKey("__Host-dezky-portal").doesNotContainKey("__Host-dezky-operator");
        assertThat(browser.get(PORTAL_HOST, "/api/me", "X-CSRF", "1").body()).contains("\"email\":\"pat@example.com\"");
        assertThat(browser.get(PORTAL_HOST, "/api/users", "X-CSRF", "1").statusCode()).isEqualTo(403);
    }

    @Test
    void portalMemberSeesOnlyTheirDemoTenant() throws Exception {
        Browser browser = new Browser();
        browser.signIn(PORTAL_HOST, "pat@example.com");

        HttpResponse<String> me = browser.get(PORTAL_HOST, "/api/me", "X-CSRF", "1");
        assertThat(me.body()).contains("\"slug\":\"bergmann-logistik\"").doesNotContain("kessler-architekten");
        assertThat(browser.get(PORTAL_HOST, "/api/tenants/bergmann-logistik", "X-CSRF", "1").statusCode()).isEqualTo(200);
        assertThat(browser.get(PORTAL_HOST, "/api/tenants/kessler-architekten", "X-CSRF", "1").statusCode())
                .isEqualTo(403);
    }

    @Test
    void operatorSessionCookieMeansNothingOnPortalHost() throws Exception {
        Browser browser = new Browser();
        String operatorSession = browser.signIn(OPERATOR_HOST, "ada@dezky.com");

        Browser crossHost = new Browser();
        crossHost.cookies(PORTAL_HOST).put("__Host-dezky-operator", operatorSession);
        crossHost.cookies(PORTAL_HOST).put("__Host-dezky-portal", operatorSession);
        assertThat(crossHost.get(PORTAL_HOST, "/bff/user", "X-CSRF", "1").statusCode()).isEqualTo(401);
    }

    @Test
    void relayRejectsTraversalAndTrace() throws Exception {
        Browser browser = new Browser();
        browser.signIn(OPERATOR_HOST, "ada@dezky.com");

        assertThat(browser.get(OPERATOR_HOST, "/api/%2e%2e/actuator/prometheus", "X-CSRF", "1").statusCode())
                .isBetween(400, 404);
        assertThat(browser.get(OPERATOR_HOST, "/api//127.0.0.1:18083/me", "X-CSRF", "1").statusCode())
                .isBetween(400, 404);
        HttpResponse<String> trace = browser.send(OPERATOR_HOST,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LocalStack.GATEWAY + "/api/me"))
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()), "X-CSRF", "1");
        assertThat(trace.statusCode()).isBetween(400, 405);
    }

    @Test
    void apiHostAnswersProblemJsonWithoutBearer() throws Exception {
        HttpResponse<String> response = new Browser().get(API_HOST, "/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unknownHostIsNotRouted() throws Exception {
        assertThat(new Browser().get("evil.localhost:" + LocalStack.GATEWAY, "/").statusCode()).isEqualTo(404);
    }
}
