package com.dezky.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dezky.gateway.*}: who the client is, who may reach the operator host, and how often.
 *
 * @param trustedProxies    CIDRs of the proxies in front of the gateway (a load balancer); only a
 *                          request arriving from one of them has its client address taken from
 *                          {@code X-Forwarded-For}. Empty: the connection's address is the client's
 * @param operatorAllowlist CIDRs that may reach {@code operator.<domain>}; empty: any address
 * @param rateLimits        the limits (SECURITY.md G4)
 * @param backends          each routed service's replicas (base URIs), for its {@code lb://} route
 */
@Validated
@ConfigurationProperties("dezky.gateway")
record EdgeProperties(
        @DefaultValue List<@Pattern(regexp = CIDR) String> trustedProxies,
        @DefaultValue List<@Pattern(regexp = CIDR) String> operatorAllowlist,
        @DefaultValue @Valid @NotNull RateLimits rateLimits,
        @DefaultValue Map<String, @NotEmpty List<URI>> backends) {

    static final String CIDR = "[0-9a-fA-F:.]+(/[0-9]{1,3})?";

    /**
     * Token buckets kept in Redis, so that every replica of the gateway counts the same requests.
     *
     * @param enabled   off only where there is no Redis (the limits then do not apply)
     * @param keyPrefix the buckets' key prefix, one per deployment
     * @param signIn    per client address, on the sign-in paths of the portals
     * @param session   per session, on {@code /api/**} of the portals
     * @param token     per bearer token, on {@code api.<domain>}
     */
    record RateLimits(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("dezky") @NotBlank String keyPrefix,
            @DefaultValue({"1", "20"}) @Valid Limit signIn,
            @DefaultValue({"20", "200"}) @Valid Limit session,
            @DefaultValue({"20", "200"}) @Valid Limit token) {
    }

    /**
     * @param perSecond requests per second sustained
     * @param burst     requests at once on top of an empty bucket
     */
    record Limit(@Min(1) int perSecond, @Min(1) int burst) {
    }
}
