package com.dezky.platform.security;

import com.dezky.platform.security.ResourceServerProperties.TrustedIssuer;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the JWT decoder of one trusted issuer. */
final class TrustedIssuerDecoders {

    private TrustedIssuerDecoders() {
    }

    static JwtDecoder decoder(TrustedIssuer issuer) {
        // Keys come only from the issuer's JWK set, never from jwk/jku headers, and only RS256
        // is accepted, so alg=none and HS256-signed-with-the-public-key tokens fail (R2).
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        // A token without exp would live forever (R2).
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(issuer.issuerUri().toString()),
                // Per-issuer audience: the operator issuer's tokens must name the operator client (R1).
                new JwtAudienceValidator(issuer.audience())));
        return decoder;
    }
}
