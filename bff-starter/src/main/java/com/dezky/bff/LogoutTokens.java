package com.dezky.bff;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Validates a logout token as OpenID Connect Back-Channel Logout 1.0 §2.6 says: signed by the
 * identity provider (its JWK set, RS256), {@code iss} the provider, {@code aud} this client,
 * {@code iat} recent, {@code exp} (where present) not passed, an {@code events} member for
 * back-channel logout, a {@code sid} or {@code sub}, and no {@code nonce} (so that an ID token
 * is never taken for one).
 */
final class LogoutTokens {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** What a valid logout token names. */
    record Logout(String sid, String sub) {
    }

    private final JwtDecoder decoder;

    LogoutTokens(ClientRegistration registration, Clock clock) {
        String issuer = registration.getProviderDetails().getIssuerUri();
        if (issuer == null) {
            throw new IllegalStateException("Back-channel logout needs the provider's issuer-uri");
        }
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                // The spec's explicit type (logout+jwt), or the plain one of providers that set none.
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                        new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null)))
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> logoutClaims = token -> valid(token, clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(registration.getClientId()), logoutClaims));
        this.decoder = nimbus;
    }

    /** The sessions the token ends; throws {@link JwtException} when it is not a valid logout token. */
    Logout read(String token) {
        Jwt jwt = decoder.decode(token);
        return new Logout(jwt.getClaimAsString("sid"), jwt.getSubject());
    }

    private static OAuth2TokenValidatorResult valid(Jwt token, Clock clock) {
        Instant issuedAt = token.getIssuedAt();
        if (issuedAt == null || issuedAt.isBefore(clock.instant().minus(MAX_AGE))
                || issuedAt.isAfter(clock.instant().plus(Duration.ofMinutes(1)))) {
            return invalid("iat is missing or not recent");
        }
        Object events = token.getClaim("events");
        if (!(events instanceof Map<?, ?> members) || !members.containsKey(EVENT)) {
            return invalid("events does not name back-channel logout");
        }
        if (token.hasClaim("nonce")) {
            return invalid("a logout token has no nonce");
        }
        if (token.getClaimAsString("sid") == null && token.getSubject() == null) {
            return invalid("neither sid nor sub");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_request", "Not a logout token: " + reason,
                null));
    }
}
