package com.dezky.platform.access;

import com.dezky.platform.security.TrustedIssuers;
import com.dezky.web.ProblemTypes;
import com.dezky.web.ServletProblems;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The one filter chain of platform-api: bearer tokens of the trusted issuers, and every request
 * rule (each a {@link CallerRule}, so a deactivated account is refused everywhere).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    /** Operator-only: everything about tenants, partners, users, billing, the audit trail, flag changes, notifications. */
    private static final String[] OPERATOR_PATHS = {"/tenants", "/tenants/**", "/partners", "/partners/**", "/users",
            "/users/**", "/billing/**", "/audit", "/audit/**", "/flags", "/flags/**", "/upstreams", "/infrastructure",
            "/incidents", "/incidents/**", "/oncall/**", "/me/notifications", "/me/notifications/**"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, TrustedIssuers issuers, AccessPolicy policy, ServletProblems problems,
            @Value("${dezky.incidents.webhook-token:}") String alertmanagerToken) throws Exception {
        AlertmanagerToken alertmanager = new AlertmanagerToken(alertmanagerToken);
        AuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        CallerRule signedIn = CallerRule.of(policy, (caller, request) -> true,
                "A valid bearer token from a trusted issuer is required.");
        CallerRule operator = CallerRule.of(policy, (caller, request) -> policy.operator(caller),
                "Only Dezky operators (platform admins with an operator sign-in) can do this.");
        CallerRule readsTenant = CallerRule.of(policy,
                (caller, request) -> policy.readsTenant(caller, request.getVariables().get("slug")),
                "You do not belong to this tenant.");
        CallerRule administersTenant = CallerRule.of(policy,
                (caller, request) -> policy.administersTenant(caller, request.getVariables().get("slug")),
                "Only operators and admins of this tenant can manage its members.");
        http
                .authorizeHttpRequests(requests -> requests
                        // Error dispatches render the problem of a request that was already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Probes and metrics, on the management port only (this chain guards it too).
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // The API description is public, like the API's existence.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // Any signed-in caller: their own record, the plan catalogue, the flags.
                        .requestMatchers(HttpMethod.GET, "/me", "/plans", "/flags", "/flags/{key}").access(signedIn)
                        // Evaluation for one tenant: the tenant is in the body, so its policy check is the
                        // flag module's (AccessPolicy.readsTenant); an unknown or foreign tenant looks the same.
                        .requestMatchers(HttpMethod.POST, "/flags/evaluate", "/ofrep/v1/evaluate/flags",
                                "/ofrep/v1/evaluate/flags/{key}").access(signedIn)
                        // Alertmanager's webhook: its shared bearer token, not a JWT (AlertmanagerToken).
                        .requestMatchers(AlertmanagerToken.PATH).access(alertmanager)
                        .requestMatchers(HttpMethod.GET, "/tenants/{slug}", "/tenants/{slug}/users",
                                "/tenants/{slug}/incidents", "/tenants/{slug}/incidents/{id}").access(readsTenant)
                        .requestMatchers(HttpMethod.POST, "/tenants/{slug}/members/invite",
                                "/tenants/{slug}/members/{id}/deactivate").access(administersTenant)
                        .requestMatchers(OPERATOR_PATHS).access(operator)
                        // Deny by default: an endpoint without a rule above cannot be reached (R3).
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(issuers.authenticationManagerResolver())
                        .bearerTokenResolver(alertmanager.exceptOnItsPath(new DefaultBearerTokenResolver()))
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

    private static AuthenticationEntryPoint unauthenticated(ServletProblems problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                    "A valid bearer token from a trusted issuer is required.");
        };
    }

    private static AccessDeniedHandler forbidden(ServletProblems problems) {
        BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            challenge.handle(request, response, exception);
            String reason = exception instanceof AuthorizationDeniedException denied
                    && denied.getAuthorizationResult() instanceof CallerRule.Refusal refusal
                    ? refusal.reason() : "The token is valid but does not allow this request.";
            problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, reason);
        };
    }
}
