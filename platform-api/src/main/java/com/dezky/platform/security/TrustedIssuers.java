package com.dezky.platform.security;

import com.dezky.model.Audience;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

/** The issuers platform-api trusts, each for exactly one audience (SECURITY.md R1). */
@Component
@EnableConfigurationProperties(ResourceServerProperties.class)
public class TrustedIssuers {

    private final ResourceServerProperties properties;

    TrustedIssuers(ResourceServerProperties properties) {
        this.properties = properties;
    }

    /** One authentication manager per trusted issuer, each checking its own audience; any other iss is refused. */
    public AuthenticationManagerResolver<HttpServletRequest> authenticationManagerResolver() {
        Map<String, AuthenticationManager> managers = properties.issuers().stream()
                .collect(Collectors.toUnmodifiableMap(issuer -> issuer.issuerUri().toString(), issuer -> {
                    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
                            TrustedIssuerDecoders.decoder(issuer));
                    provider.setJwtAuthenticationConverter(new CallerAuthenticationConverter(issuer.audience()));
                    return provider::authenticate;
                }));
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    /** The {@code iss} of the client's tokens: where invited users will sign in from. */
    public String issuerOf(Audience client) {
        return properties.issuers().stream().filter(issuer -> issuer.audience().equals(client.value()))
                .map(issuer -> issuer.issuerUri().toString()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No trusted issuer for " + client.value()));
    }
}
