package com.dezky.platform.security;

import com.dezky.platform.security.ResourceServerProperties.TrustedIssuer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
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
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(typeVerifier(issuer)))
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        // A token without exp would live forever (R2).
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(issuer.issuerUri().toString()),
                // Per-issuer audience: the operator issuer's tokens must name the operator client (R1).
                new JwtAudienceValidator(issuer.audience()),
                // An ID token names the same audience: only what the issuer marks access tokens with lets it in (R2).
                token -> accessTokenMarked(issuer, token)));
        return decoder;
    }

    private static OAuth2TokenValidatorResult accessTokenMarked(TrustedIssuer issuer, Jwt token) {
        boolean claimMissing = TrustedIssuer.present(issuer.accessTokenClaim())
                && !token.hasClaim(issuer.accessTokenClaim().strip());
        boolean audienceMissing = TrustedIssuer.present(issuer.accessTokenAudience())
                && (token.getAudience() == null || !token.getAudience().contains(issuer.accessTokenAudience().strip()));
        return claimMissing || audienceMissing
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "Not an access token of this issuer (an ID token is not one).", null))
                : OAuth2TokenValidatorResult.success();
    }

    /**
     * RFC 9068: where the issuer types its access tokens, only that type (in either spelling) is
     * accepted, so an ID token ({@code JWT}) is refused before its claims are even read.
     */
    private static JOSEObjectTypeVerifier<SecurityContext> typeVerifier(TrustedIssuer issuer) {
        if (!TrustedIssuer.present(issuer.accessTokenType())) {
            return new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null, new JOSEObjectType("at+jwt"),
                    new JOSEObjectType("application/at+jwt"));
        }
        String type = issuer.accessTokenType().strip();
        return new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(type), new JOSEObjectType("application/" + type));
    }
}
