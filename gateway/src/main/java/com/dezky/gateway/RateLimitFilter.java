package com.dezky.gateway;

import com.dezky.gateway.EdgeProperties.Limit;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limits at the edge (SECURITY.md G4), in Redis token buckets so that all replicas share
 * them: per client address on the portals' sign-in paths, per session on their {@code /api/**},
 * per bearer token on {@code api.<domain>}. Over the limit: 429 problem with {@code Retry-After}.
 * Sessions and tokens are counted under a hash, never under their value. Where Redis does not
 * answer, requests pass (Spring Cloud Gateway's limiter fails open): an outage of the counter must
 * not become an outage of the product.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RedisRateLimiter limiter;
    private final EdgeProperties.RateLimits limits;
    private final String apiHost;
    private final EdgeProblems problems;

    RateLimitFilter(RedisRateLimiter limiter, EdgeProperties properties, @Value("${dezky.domain}") String domain,
            EdgeProblems problems) {
        this.limiter = limiter;
        this.limits = properties.rateLimits();
        this.apiHost = "api." + domain.toLowerCase(Locale.ROOT);
        this.problems = problems;
        for (Map.Entry<String, Limit> bucket : Map.of(bucket("sign-in"), limits.signIn(), bucket("session"),
                limits.session(), bucket("token"), limits.token()).entrySet()) {
            limiter.getConfig().put(bucket.getKey(), new RedisRateLimiter.Config()
                    .setReplenishRate(bucket.getValue().perSecond()).setBurstCapacity(bucket.getValue().burst())
                    .setRequestedTokens(1));
        }
    }

    private String bucket(String kind) {
        return limits.keyPrefix() + ":" + kind;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        Optional<Counted> counted = countedAs(exchange);
        if (counted.isEmpty()) {
            return chain.filter(exchange);
        }
        Counted request = counted.get();
        return limiter.isAllowed(bucket(request.kind()), request.key()).flatMap(response -> {
            if (response.isAllowed()) {
                return chain.filter(exchange);
            }
            long retryAfter = Math.max(1, (long) Math.ceil(1.0 / request.limit().perSecond()));
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "Too many requests. Try again in " + retryAfter + " s.", Map.of("retryAfterSeconds", retryAfter));
        });
    }

    /** Which bucket a request counts against, under which key; empty for requests not limited. */
    private Optional<Counted> countedAs(ServerWebExchange exchange) {
        String path = exchange.getAttributeOrDefault(InternalPathsFilter.NORMALIZED_PATH, "");
        String host = OperatorAllowlistFilter.hostOf(exchange);
        String client = ClientAddresses.of(exchange).map(InetAddress::getHostAddress).orElse("unknown");
        if (host.equals(apiHost)) {
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            return Optional.of(authorization == null ? new Counted("token", "ip:" + client, limits.token())
                    : new Counted("token", "token:" + sha256(authorization), limits.token()));
        }
        if (path.startsWith("/oauth2/") || path.startsWith("/login")) {
            return Optional.of(new Counted("sign-in", "ip:" + client, limits.signIn()));
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return Optional.of(sessionOf(exchange).map(session -> new Counted("session", "session:" + sha256(session),
                    limits.session())).orElse(new Counted("session", "ip:" + client, limits.session())));
        }
        return Optional.empty();
    }

    /** The BFF's session cookie (both are {@code __Host-} prefixed). */
    private static Optional<String> sessionOf(ServerWebExchange exchange) {
        for (Map.Entry<String, java.util.List<HttpCookie>> cookies : exchange.getRequest().getCookies().entrySet()) {
            if (cookies.getKey().startsWith("__Host-dezky") && !cookies.getValue().isEmpty()) {
                return Optional.of(cookies.getValue().getFirst().getValue());
            }
        }
        return Optional.empty();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Counted(String kind, String key, Limit limit) {
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
