package com.dezky.gateway;

import java.net.ConnectException;
import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.core.Ordered;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request whose replica refuses the connection (stopped, restarting) goes to another replica,
 * whatever its method: nothing of it has reached a service, so sending it again cannot do anything
 * twice. Nothing else is retried — not an answer (a 5xx stays the client's to see), not a
 * connection lost mid-request. It runs just before the route's URI is resolved, so that each
 * attempt asks the load balancer again, which by then leaves the refusing replica out
 * ({@link ConfiguredBackends}; {@link RefusalRecorder} tells it).
 */
@Component
class ConnectRetryFilter implements GlobalFilter, Ordered {

    private final GatewayFilter retry;

    ConnectRetryFilter(RetryGatewayFilterFactory retries) {
        this.retry = retries.apply(new RetryConfig().setRetries(2).setSeries().setStatuses()
                .setMethods(HttpMethod.values()).setExceptions(ConnectException.class));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return retry.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER - 1;
    }

    /** Sits between the load balancer's choice and the call, so it knows which replica refused. */
    @Component
    static class RefusalRecorder implements GlobalFilter, Ordered {

        private final ConfiguredBackends backends;

        RefusalRecorder(ConfiguredBackends backends) {
            this.backends = backends;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return chain.filter(exchange).doOnError(ConnectException.class, refused -> {
                URI replica = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
                if (replica != null) {
                    backends.refused(replica);
                }
            });
        }

        @Override
        public int getOrder() {
            return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
        }
    }
}
