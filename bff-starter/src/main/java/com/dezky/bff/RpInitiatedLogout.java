package com.dezky.bff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end of {@code POST /bff/logout} (SECURITY.md O4). By the time this runs the session,
 * and the tokens kept in it, are gone. The answer tells the SPA where to send the browser:
 * the identity provider's {@code end_session_endpoint}, identified by {@code client_id}.
 * <p>
 * {@code id_token_hint} is deliberately not sent: it would put the ID token, a JWT, into a
 * response and a URL the browser sees, which T1 forbids. OpenID RP-Initiated Logout 1.0 allows
 * {@code client_id} in its place.
 */
final class RpInitiatedLogout implements LogoutSuccessHandler, LogoutHandler {

    private final ClientRegistrationRepository registrations;
    private final BffProperties properties;
    private final JsonMapper json;

    RpInitiatedLogout(ClientRegistrationRepository registrations, BffProperties properties, JsonMapper json) {
        this.registrations = registrations;
        this.properties = properties;
        this.json = json;
    }

    /** Expires the session cookie in the browser; {@code __Host-} cookies only clear with Secure and Path=/. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        response.addHeader(HttpHeaders.SET_COOKIE, properties.sessionCookieName()
                + "=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        json.writeValue(response.getOutputStream(), Map.of("redirectTo", endSessionUrl().toString()));
    }

    URI endSessionUrl() {
        URI landing = properties.publicUrl().resolve("/");
        ClientRegistration registration = registrations.findByRegistrationId(properties.registrationId());
        Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return landing;
        }
        return UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", landing.toString())
                .encode()
                .build()
                .toUri();
    }
}
