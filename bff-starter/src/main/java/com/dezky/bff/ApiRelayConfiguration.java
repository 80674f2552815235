package com.dezky.bff;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.prefixPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.filter.RetryFilterFunctions.retry;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.methods;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Set;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

@Configuration(proxyBeanMethods = false)
class ApiRelayConfiguration {

    /**
     * {@code /api/x} goes to {@code <apiBaseUri>/x} of one of platform-api's replicas and nowhere else: the target is configuration,
     * never derived from the request (T3). Only the API's own paths ({@code dezky.bff.api-paths})
     * and the methods it uses are relayed.
     * The load balancer gives scheme, host and port only, so a base path is prefixed explicitly.
     * A call whose replica refuses the connection goes to the next one, once, whatever its method
     * ({@link ReplicaFailover}); nothing else is retried — not an answer, not a connection lost
     * mid-call. The first filter given is the outermost, so the load balancer picks again for each
     * attempt. The body needs no copy: a refused connection has not read any of it.
     */
    @Bean
    RouterFunction<ServerResponse> platformApiRelay(BffProperties properties, ApiReplicas replicas,
            OAuth2AuthorizedClientManager authorizedClients) {
        return route("platform-api")
                .route(apiPaths(properties).and(methods(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
                        HttpMethod.PATCH, HttpMethod.DELETE)), http())
                .before(stripPrefix(1))
                .before(prefixPath(basePath(properties.apiBaseUris().getFirst())))
                .filter(ReplicaFailover.unavailable())
                .filter(retry(config -> config.setRetries(1).setSeries(Set.of()).setMethods(Set.of(HttpMethod.values()))
                        .setExceptions(Set.of(ReplicaFailover.Refused.class))))
                .filter(lb(ApiReplicas.SERVICE))
                .filter(ReplicaFailover.refusals(replicas))
                .filter(new BearerRelayFilter(properties.registrationId(), authorizedClients))
                .build();
    }

    /**
     * platform-api speaks HTTP/1.1 only: without this the JDK client offers an upgrade to h2c
     * ({@code Upgrade}, {@code HTTP2-Settings}) on relayed requests, which platform-api ignores.
     */
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToPlatformApi() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    @Bean
    ApiReplicas apiReplicas(BffProperties properties) {
        return new ApiReplicas(properties.apiBaseUris());
    }

    private static RequestPredicate apiPaths(BffProperties properties) {
        return properties.apiPaths().stream().map(pattern -> path("/api" + pattern))
                .reduce(RequestPredicate::or).orElseThrow();
    }

    private static String basePath(URI base) {
        String path = base.getRawPath();
        return path == null || path.isEmpty() ? "" : path.replaceAll("/+$", "");
    }
}
