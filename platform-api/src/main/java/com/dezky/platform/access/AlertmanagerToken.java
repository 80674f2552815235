package com.dezky.platform.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rule of Alertmanager's webhook ({@code dezky.incidents.webhook-token}, the same token as
 * Alertmanager's {@code http_config.authorization.credentials}). It is a shared secret, not a JWT,
 * so the resource server does not read it; compared in constant time. Without a configured token
 * the webhook refuses every delivery. A refusal is anonymous, hence a 401 problem.
 */
final class AlertmanagerToken implements AuthorizationManager<RequestAuthorizationContext> {

    static final String PATH = "/alerts/alertmanager";

    private static final Logger log = LoggerFactory.getLogger(AlertmanagerToken.class);

    private final byte[] expected;

    AlertmanagerToken(String token) {
        this.expected = token == null || token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (expected == null) {
            log.warn("dezky.incidents.webhook-token is not set: Alertmanager's deliveries are refused, no incident opens.");
        }
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        boolean matches = expected != null && header != null
                && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
        return new AuthorizationDecision(matches);
    }

    /** Reads bearer tokens everywhere but on the webhook's path, whose token is this rule's. */
    BearerTokenResolver exceptOnItsPath(BearerTokenResolver tokens) {
        return request -> PATH.equals(request.getRequestURI()) ? null : tokens.resolve(request);
    }
}
