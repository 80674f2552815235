package com.dezky.platform.security;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;

import com.dezky.platform.web.ProblemTypes;
import com.dezky.platform.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResourceServerProperties.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ResourceServerProperties properties, ProblemWriter problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        http
                .authorizeHttpRequests(requests -> requests
                        // Error dispatches render the problem of a request that was already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Probes and metrics for the platform; the gateway never routes /actuator.
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // The API description is public, like the API's existence.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // Any signed-in caller: their own record, the plan catalogue, the flags.
                        .requestMatchers(HttpMethod.GET, "/me", "/plans", "/flags", "/flags/{key}").authenticated()
                        // Evaluation for one tenant: operators, or members of that tenant (checked in the controllers).
                        .requestMatchers(HttpMethod.POST, "/flags/evaluate", "/ofrep/v1/evaluate/flags",
                                "/ofrep/v1/evaluate/flags/{key}").authenticated()
                        // One tenant and its members: operators, or members of that tenant (checked in TenantService).
                        .requestMatchers(HttpMethod.GET, "/tenants/{slug}", "/tenants/{slug}/users").authenticated()
                        // Inviting or removing a member: operators, or admins of that tenant (checked in the controllers).
                        .requestMatchers(HttpMethod.POST, "/tenants/{slug}/members/invite",
                                "/tenants/{slug}/members/{id}/deactivate").authenticated()
                        // Everything else about tenants, partners, users, billing and the audit trail.
                        .requestMatchers("/tenants", "/tenants/**", "/partners", "/partners/**", "/users", "/users/**",
                                "/billing/**", "/audit", "/audit/**", "/flags", "/flags/**", "/upstreams", "/infrastructure").access(operatorOnly())
                        // Deny by default: an endpoint without a rule above cannot be reached (R3).
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        // One authentication manager per trusted issuer, each checking its own audience (R1).
                        .authenticationManagerResolver(trustedIssuers(properties))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                // Bearer tokens only: no HTTP session, and without cookies there is nothing for CSRF to ride on.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Operator-only: a token of the operator client AND a platform admin (R3). */
    static AuthorizationManager<RequestAuthorizationContext> operatorOnly() {
        return AuthorizationManagers.allOf(
                hasAuthority(Authorities.OPERATOR_CLIENT),
                hasAuthority(Authorities.PLATFORM_ADMIN));
    }

    private static AuthenticationManagerResolver<HttpServletRequest> trustedIssuers(
            ResourceServerProperties properties) {
        Map<String, AuthenticationManager> managers = properties.issuers().stream()
                .collect(Collectors.toUnmodifiableMap(issuer -> issuer.issuerUri().toString(), issuer -> {
                    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
                            TrustedIssuerDecoders.decoder(issuer));
                    provider.setJwtAuthenticationConverter(new CallerAuthenticationConverter(issuer.audience()));
                    return provider::authenticate;
                }));
        // An untrusted iss resolves to no manager and is rejected as an invalid token.
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static AuthenticationEntryPoint unauthenticated(ProblemWriter problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                    "A valid bearer token from a trusted issuer is required.");
        };
    }

    private static AccessDeniedHandler forbidden(ProblemWriter problems) {
        BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            challenge.handle(request, response, exception);
            problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                    "The token is valid but does not allow this request.");
        };
    }
}
