package com.dezky.bff;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.web.ServletProblems;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import tools.jackson.databind.json.JsonMapper;

class SignInSuccessHandlerTest {

    @Test
    void returnsToSavedPathWithQuery() {
        assertThat(SignInSuccessHandler.localPath(saved("/tenants/acme", "tab=users"))).isEqualTo("/tenants/acme?tab=users");
    }

    @Test
    void neverRedirectsToAnotherHost() {
        assertThat(SignInSuccessHandler.localPath(saved("//evil.example/x", null))).isEqualTo("/");
        assertThat(SignInSuccessHandler.localPath(saved("/\\evil.example", null))).isEqualTo("/");
    }

    /** Issue 15, item 12: the operator BFF requires a second factor of every sign-in. */
    @Test
    void whereASecondFactorIsRequiredASignInWithoutOneBecomesNoSession() throws Exception {
        SignInSuccessHandler handler = handler(true);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/dezky");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(request, response, signedIn(List.of("pwd")));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("second-factor-required");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSignInWithASecondFactorOrWhereNoneIsRequiredGoesOn() throws Exception {
        MockHttpServletResponse withMfa = new MockHttpServletResponse();
        handler(true).onAuthenticationSuccess(new MockHttpServletRequest(), withMfa, signedIn(List.of("pwd", "mfa")));
        MockHttpServletResponse notRequired = new MockHttpServletResponse();
        handler(false).onAuthenticationSuccess(new MockHttpServletRequest(), notRequired, signedIn(List.of("pwd")));

        assertThat(withMfa.getRedirectedUrl()).isEqualTo("/");
        assertThat(notRequired.getRedirectedUrl()).isEqualTo("/");
    }

    private static SignInSuccessHandler handler(boolean requireSecondFactor) {
        return new SignInSuccessHandler(new HttpSessionRequestCache(), new BffMetrics(new SimpleMeterRegistry()),
                new ContainerSignedInSessions(), requireSecondFactor,
                new BffProblems(new ServletProblems(JsonMapper.builder().build())));
    }

    private static OAuth2AuthenticationToken signedIn(List<String> amr) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id").subject("ada").claim("amr", amr).claim("sid", "s1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "dezky");
    }

    private static DefaultSavedRequest saved(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        return new DefaultSavedRequest(request);
    }
}
