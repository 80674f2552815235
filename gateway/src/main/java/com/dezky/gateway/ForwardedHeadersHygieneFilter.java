package com.dezky.gateway;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
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
 * set the only ones downstream services see (SECURITY.md G2). Before that, the client's address
 * is resolved ({@link ClientAddresses}: from {@code X-Forwarded-For} only behind a trusted proxy)
 * and becomes the request's remote address, so that the gateway's own {@code X-Forwarded-For},
 * the rate limits and the allowlist all name the same client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedHeadersHygieneFilter implements WebFilter {

    private final ClientAddresses clients;

    ForwardedHeadersHygieneFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<InetAddress> client = clients.resolve(request);
        client.ifPresent(address -> exchange.getAttributes().put(ClientAddresses.ATTRIBUTE, address));
        boolean spoofable = request.getHeaders().headerNames().stream().anyMatch(ForwardedHeadersHygieneFilter::isForwarded);
        boolean proxied = client.isPresent() && request.getRemoteAddress() != null
                && !client.get().equals(request.getRemoteAddress().getAddress());
        if (!spoofable && !proxied) {
            return chain.filter(exchange);
        }
        ServerHttpRequest.Builder cleaned = request.mutate()
                .headers(headers -> headers.headerNames().stream()
                        .filter(ForwardedHeadersHygieneFilter::isForwarded)
                        .toList()
                        .forEach(headers::remove));
        if (proxied) {
            cleaned.remoteAddress(new InetSocketAddress(client.get(), request.getRemoteAddress().getPort()));
        }
        return chain.filter(exchange.mutate().request(cleaned.build()).build());
    }

    static boolean isForwarded(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return name.equals("forwarded") || name.startsWith("x-forwarded-");
    }
}
