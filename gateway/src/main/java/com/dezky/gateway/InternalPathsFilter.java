package com.dezky.gateway;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Probes and metrics of the services behind the gateway are for the platform (Prometheus,
 * Kubernetes) on the services' own management ports, and Alertmanager's webhook is for Alertmanager
 * inside the platform's network: neither is for the public hosts. Decided on the
 * path as a service would resolve it ({@link CanonicalPaths}), so no spelling ({@code //},
 * percent-encoded letters or slashes, {@code ;} parameters, {@code ..}, mixed case) gets past;
 * and a path not in canonical form is refused before any service sees it. A global filter, so it
 * guards routed traffic only and leaves the gateway's own management port alone.
 */
@Component
class InternalPathsFilter implements GlobalFilter, Ordered {

    /** The path as the services resolve it, for the filters after this one. */
    static final String NORMALIZED_PATH = InternalPathsFilter.class.getName() + ".PATH";

    /** Paths of the platform's own, below which nothing is public. */
    private static final List<String> INTERNAL = List.of("/actuator", "/alerts");

    private final EdgeProblems problems;

    InternalPathsFilter(EdgeProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String raw = exchange.getRequest().getPath().pathWithinApplication().value();
        String path = CanonicalPaths.normalized(raw).orElse("");
        exchange.getAttributes().put(NORMALIZED_PATH, path);
        if (INTERNAL.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"))) {
            return problems.write(exchange, HttpStatus.NOT_FOUND, "not-found", "No such resource.");
        }
        if (!CanonicalPaths.isCanonical(raw)) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "invalid-request",
                    "The request path is not in canonical form (encoded slashes or dots, empty or dot segments, "
                            + "parameters or control characters).");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
