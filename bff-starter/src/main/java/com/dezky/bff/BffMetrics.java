package com.dezky.bff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * What the ops team watches of a BFF's sign-ins: successes, failures, and the server-side token
 * refreshes with their failures. (Active sessions are Tomcat's own {@code tomcat_sessions_*}.)
 */
final class BffMetrics {

    private final Counter signIns;
    private final Counter signInFailures;
    private final Counter refreshes;
    private final Counter refreshFailures;

    BffMetrics(MeterRegistry meters) {
        this.signIns = Counter.builder("dezky.bff.sign.ins").description("Completed sign-ins").register(meters);
        this.signInFailures = Counter.builder("dezky.bff.sign.in.failures").description("Sign-ins the IdP or the BFF refused")
                .register(meters);
        this.refreshes = Counter.builder("dezky.bff.token.refreshes").description("Access tokens renewed with the refresh token")
                .register(meters);
        this.refreshFailures = Counter.builder("dezky.bff.token.refresh.failures")
                .description("Refreshes the IdP refused; each ends a session").register(meters);
    }

    void signedIn() {
        signIns.increment();
    }

    void signInFailed() {
        signInFailures.increment();
    }

    /** Counts what a refresh-token provider does: a new client is a refresh, an exception a failed one. */
    OAuth2AuthorizedClientProvider countingRefreshes(OAuth2AuthorizedClientProvider refreshTokenProvider) {
        return context -> {
            try {
                OAuth2AuthorizedClient refreshed = refreshTokenProvider.authorize(context);
                if (refreshed != null) {
                    refreshes.increment();
                }
                return refreshed;
            } catch (OAuth2AuthorizationException failed) {
                refreshFailures.increment();
                throw failed;
            }
        };
    }
}
