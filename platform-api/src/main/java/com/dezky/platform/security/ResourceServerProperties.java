package com.dezky.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
     * @param accessTokenType     the RFC 9068 {@code typ} the issuer gives its access tokens, if it
     *                            types them ({@code at+jwt}); then no other type is accepted
     * @param accessTokenClaim    a claim the issuer puts into access tokens only (authentik: {@code uid})
     * @param accessTokenAudience an audience the issuer puts into access tokens only (the dev
     *                            identity provider: {@code dezky-platform-api})
     *
     * At least one of the last three tells an ID token, which names the same audience and is
     * signed by the same key, apart from an access token (SECURITY.md R2).
     */
    record TrustedIssuer(@NotNull URI issuerUri, @NotNull URI jwkSetUri, @NotBlank String audience,
            String accessTokenType, String accessTokenClaim, String accessTokenAudience) {

        @AssertTrue(message = "set access-token-type, access-token-claim or access-token-audience, so that an ID "
                + "token is not taken for an access token")
        boolean isAccessTokenMarked() {
            return present(accessTokenType) || present(accessTokenClaim) || present(accessTokenAudience);
        }

        static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }
}
