package com.dezky.bff;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The attributes a signed-in session holds, written by a BFF's own repositories, to put into any session store. */
final class SignedInSessionAttributes {

    private SignedInSessionAttributes() {
    }

    static Map<String, Object> of(OAuth2AuthorizedClientRepository authorizedClients,
            ClientRegistrationRepository registrations, String email, String sid) {
        OidcIdToken.Builder idToken = OidcIdToken.withTokenValue("id-token").subject(email).claim("email", email)
                .claim("groups", List.of("dezky-platform-admins"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        if (sid != null) {
            idToken.claim("sid", sid);
        }
        DefaultOidcUser principal = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken.build());
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "dezky");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registrations.findByRegistrationId("dezky"),
                email, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", Instant.now(),
                        Instant.now().plusSeconds(300))), authentication, request, new MockHttpServletResponse());
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        Map<String, Object> attributes = new HashMap<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            attributes.put(name, session.getAttribute(name));
        }
        return attributes;
    }
}
