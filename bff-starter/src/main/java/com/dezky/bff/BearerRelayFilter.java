package com.dezky.bff;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Puts the session's access token on a relayed request and takes off what the browser sent
 * for the BFF alone: its cookies, any Authorization header of its own, the CSRF header (T2).
 * An expired access token is renewed first; if renewal fails (e.g. {@code invalid_grant}) the
 * session is over and the SPA gets 401, not 500 (T4).
 */
final class BearerRelayFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private final String registrationId;
    private final OAuth2AuthorizedClientManager authorizedClients;

    BearerRelayFilter(String registrationId, OAuth2AuthorizedClientManager authorizedClients) {
        this.registrationId = registrationId;
        this.authorizedClients = authorizedClients;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client;
        try {
            client = authorizedClients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
                    .principal(authentication)
                    .build());
        } catch (OAuth2AuthorizationException renewalFailed) {
            client = null;
        }
        if (client == null) {
            return sessionEnded(request);
        }
        String accessToken = client.getAccessToken().getTokenValue();
        ServerRequest relayed = ServerRequest.from(request)
                .headers(headers -> {
                    headers.remove(HttpHeaders.COOKIE);
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    headers.remove(CsrfHeaderFilter.HEADER);
                    headers.setBearerAuth(accessToken);
                })
                .build();
        return next.handle(relayed);
    }

    private static ServerResponse sessionEnded(ServerRequest request) {
        HttpSession session = request.servletRequest().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ServerResponse.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(BffProblems.problem(request.servletRequest(), HttpStatus.UNAUTHORIZED, "session-ended",
                        "The sign-in has expired. Reload the page to sign in again."));
    }
}
