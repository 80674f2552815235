package com.dezky.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The issuers platform-api trusts. Each issuer is trusted for exactly one audience, which is
 * why Boot's single {@code spring.security.oauth2.resourceserver.jwt.audiences} is not used.
 */
@Validated
@ConfigurationProperties("dezky.security")
record ResourceServerProperties(@NotEmpty List<@Valid TrustedIssuer> issuers) {

    /**
     * @param issuerUri the exact {@code iss} value
     * @param jwkSetUri where the issuer publishes its signing keys (fetched lazily, so the API
     *                  starts even while the identity provider is still starting)
     * @param audience  the only audience accepted from this issuer
     */
    record TrustedIssuer(@NotNull URI issuerUri, @NotNull URI jwkSetUri, @NotBlank String audience) {
    }
}
