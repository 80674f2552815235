package com.dezky.gateway;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway is the edge: whatever {@code Forwarded} or {@code X-Forwarded-*} a client sends
 * is dropped before anything reads it, and the gateway's own forwarded-headers filters then
 * set the only ones downstream services see (SECURITY.md G2).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedHeadersHygieneFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean spoofable = request.getHeaders().headerNames().stream().anyMatch(ForwardedHeadersHygieneFilter::isForwarded);
        if (!spoofable) {
            return chain.filter(exchange);
        }
        ServerHttpRequest cleaned = request.mutate()
                .headers(headers -> headers.headerNames().stream()
                        .filter(ForwardedHeadersHygieneFilter::isForwarded)
                        .toList()
                        .forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    static boolean isForwarded(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return name.equals("forwarded") || name.startsWith("x-forwarded-");
    }
}
