package com.dezky.gateway;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * An optional allowlist for the operator host ({@code dezky.gateway.operator-allowlist}): where
 * configured, only client addresses in it reach {@code operator.<domain>}, everyone else gets a
 * 403 problem. The client address is the one {@link ClientAddresses} resolved, so a forged
 * {@code X-Forwarded-For} counts only behind a trusted proxy.
 */
@Component
class OperatorAllowlistFilter implements GlobalFilter, Ordered {

    private final List<AddressRange> allowed;
    private final String operatorHost;
    private final EdgeProblems problems;

    OperatorAllowlistFilter(EdgeProperties properties, @Value("${dezky.domain}") String domain, EdgeProblems problems) {
        this.allowed = properties.operatorAllowlist().stream().map(AddressRange::parse).toList();
        this.operatorHost = "operator." + domain.toLowerCase(Locale.ROOT);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (allowed.isEmpty() || !operatorHost.equals(hostOf(exchange))) {
            return chain.filter(exchange);
        }
        Optional<InetAddress> client = ClientAddresses.of(exchange);
        if (client.isPresent() && allowed.stream().anyMatch(range -> range.contains(client.get()))) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, HttpStatus.FORBIDDEN, "address-not-allowed",
                "The operator portal is not reachable from your network address.");
    }

    static String hostOf(ServerWebExchange exchange) {
        InetSocketAddress host = exchange.getRequest().getHeaders().getHost();
        return host == null ? "" : host.getHostString().toLowerCase(Locale.ROOT);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
