package com.dezky.bff;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.dezky.model.metrics.PrometheusConventions;
import com.dezky.web.ServletProblems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class BffSecurityConfiguration {

    /** Tokens live in the HTTP session, so any replica sharing the session store can relay (S5). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Every metric family with HELP text and conventional names (promtool check metrics). */
    @Bean
    MeterFilter prometheusConventions() {
        return new PrometheusConventions();
    }

    @Bean
    BffMetrics bffMetrics(MeterRegistry meters) {
        return new BffMetrics(meters);
    }

    /** Renews expired access tokens with the refresh token, server-side (T4). */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, BffMetrics metrics) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(new DelegatingOAuth2AuthorizedClientProvider(
                OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().build(),
                metrics.countingRefreshes(new RefreshTokenOAuth2AuthorizedClientProvider())));
        return manager;
    }

    @Bean
    BffProblems bffProblems(ServletProblems problems) {
        return new BffProblems(problems);
    }

    @Bean
    SecurityFilterChain bffSecurity(HttpSecurity http, BffProperties properties,
            ClientRegistrationRepository registrations, BffProblems problems, JsonMapper json, BffMetrics metrics,
            SignedInSessions sessions) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // Remember only page navigations to return to after sign-in, never API calls.
        requestCache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(BffPaths.API_OR_BFF)));
        RpInitiatedLogout logout = new RpInitiatedLogout(registrations, properties, json);

        http
                .authorizeHttpRequests(requests -> requests
                        // Probes and metrics, on the management port only (this chain guards it too).
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // The SPA's hashed build output holds no data; the pages themselves need a session.
                        .requestMatchers("/assets/**", "/favicon.svg", "/favicon.ico").permitAll()
                        .requestMatchers("/error").permitAll()
                        // The identity provider's server-to-server call: its signed logout token is the credential.
                        .requestMatchers(HttpMethod.POST, BackChannelLogoutController.PATH).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        // No generated login page: a navigation without a session goes straight to the IdP.
                        .loginPage(properties.authorizationPath())
                        .authorizationEndpoint(authorization -> authorization
                                .authorizationRequestResolver(pkceResolver(registrations)))
                        .successHandler(new SignInSuccessHandler(requestCache, metrics, sessions,
                                properties.requireSecondFactor(), problems))
                        .failureHandler((request, response, exception) -> {
                            metrics.signInFailed();
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            response.setContentType("text/plain;charset=UTF-8");
                            response.getWriter().write("Sign-in failed. Open " + properties.publicUrl()
                                    + " to try again.");
                        }))
                .logout(signOut -> signOut
                        .logoutRequestMatcher(pathPattern(HttpMethod.POST, "/bff/logout"))
                        .addLogoutHandler(logout)
                        .logoutSuccessHandler(logout))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(properties, problems)))
                // Replaced by the X-CSRF header check: S2 forbids cookies readable by JavaScript, which
                // Spring's token-in-cookie scheme for SPAs would need.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SessionLifetimeFilter(properties.absoluteLifetime(), Clock.systemUTC()),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new CsrfHeaderFilter(problems), LogoutFilter.class);
        return http.build();
    }

    /** API and BFF calls answer 401; only page navigations are sent to sign in (S7). */
    private static AuthenticationEntryPoint entryPoint(BffProperties properties, BffProblems problems) {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(properties.authorizationPath());
        signIn.setFavorRelativeUris(true);
        RequestMatcher machine = BffPaths.API_OR_BFF;
        return (request, response, exception) -> {
            if (machine.matches(request)) {
                problems.unauthenticated(request, response);
            } else {
                signIn.commence(request, response, exception);
            }
        };
    }

    /** Authorization code with PKCE S256 even though the client is confidential (O1). */
    private static DefaultOAuth2AuthorizationRequestResolver pkceResolver(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }
}
