package com.dezky.bff;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.prefixPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.methods;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
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
     * {@code /api/x} goes to {@code <apiBaseUri>/x} and nowhere else: the target is configuration,
     * never derived from the request (T3). Only the API's own paths ({@code dezky.bff.api-paths})
     * and the methods it uses are relayed.
     * {@code uri(...)} takes scheme, host and port only, so a base path is prefixed explicitly.
     */
    @Bean
    RouterFunction<ServerResponse> platformApiRelay(BffProperties properties,
            OAuth2AuthorizedClientManager authorizedClients) {
        return route("platform-api")
                .route(apiPaths(properties).and(methods(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
                        HttpMethod.PATCH, HttpMethod.DELETE)), http())
                .before(uri(properties.apiBaseUri()))
                .before(stripPrefix(1))
                .before(prefixPath(basePath(properties.apiBaseUri())))
                .filter(new BearerRelayFilter(properties.registrationId(), authorizedClients))
                .build();
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
