package com.dezky.upstream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dezky.upstreams.<name>.*}: where each upstream is and how patiently to talk to it.
 * Names are {@code authentik}, {@code stalwart} and {@code ocis}. An upstream that is not
 * configured or not enabled is skipped by provisioning, never reported as failed.
 */
@Validated
@ConfigurationProperties("dezky")
public record UpstreamsProperties(Map<String, @Valid Upstream> upstreams) {

    public UpstreamsProperties {
        upstreams = upstreams == null ? Map.of() : Map.copyOf(upstreams);
    }

    public Optional<Upstream> find(String name) {
        return Optional.ofNullable(upstreams.get(name));
    }

    /**
     * @param baseUrl        root of the upstream's API
     * @param token          the credential (API token or admin token), sent as a bearer token; never logged
     * @param username       where set, the token is this account's password, sent as HTTP Basic
     *                       (Stalwart's administrator and OCIS with basic auth, as their test suites run them)
     * @param enabled        whether provisioning uses this upstream at all
     * @param sandbox        whether this is a local sandbox rather than the real system (shown as such)
     * @param publicHost     the Host header to send, where the upstream picks behaviour by it
     *                       (Authentik picks the brand, and so the recovery flow, from it)
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for an answer
     * @param resilience     retries of idempotent calls and the circuit breaker
     */
    public record Upstream(
            @NotNull URI baseUrl,
            String token,
            String username,
            @DefaultValue("true") boolean enabled,
            @DefaultValue("false") boolean sandbox,
            String publicHost,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue @Valid Resilience resilience) {

        /** The Authorization header value, if the upstream has a credential. */
        public Optional<String> authorization() {
            if (token == null || token.isBlank()) {
                return Optional.empty();
            }
            if (username == null || username.isBlank()) {
                return Optional.of("Bearer " + token);
            }
            return Optional.of("Basic " + Base64.getEncoder().encodeToString((username + ":" + token)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "Upstream[baseUrl=" + baseUrl + (username == null ? "" : ", username=" + username) + ", enabled=" + enabled + ", sandbox=" + sandbox
                    + ", token=" + (token == null ? "unset" : "***") + ", connectTimeout=" + connectTimeout
                    + ", readTimeout=" + readTimeout + ", " + resilience + "]";
        }
    }

    /**
     * @param maxAttempts          attempts of an idempotent call, the first included (writes are tried once)
     * @param backoff              wait before the first retry, doubled for each further one
     * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
     * @param slidingWindow        how many recent calls the failure rate is taken over
     * @param minimumCalls         calls needed in the window before the rate counts
     * @param openFor              how long an open circuit fails fast before letting trial calls through
     */
    public record Resilience(
            @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
            @DefaultValue("200ms") Duration backoff,
            @DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
            @DefaultValue("10") @Min(1) int slidingWindow,
            @DefaultValue("5") @Min(1) int minimumCalls,
            @DefaultValue("30s") Duration openFor) {

        /** The values above, for an upstream that has no settings at all. */
        static final Resilience DEFAULTS = new Resilience(3, Duration.ofMillis(200), 50, 10, 5, Duration.ofSeconds(30));
    }
}
