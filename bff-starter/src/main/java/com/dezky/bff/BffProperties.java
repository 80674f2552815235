package com.dezky.bff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What differs between the two BFFs, plus the session policy they share.
 *
 * @param registrationId    the Spring Security OAuth2 client registration of this BFF
 * @param apiBaseUri        platform-api; {@code /api/**} is relayed here and nowhere else (T3)
 * @param publicUrl         where the browser reaches this BFF, e.g. {@code http://operator.localhost:8080};
 *                          the landing page after logout
 * @param sessionCookieName {@code __Host-} prefixed, different per BFF so the two never mix (S1)
 * @param idleTimeout       a session unused this long ends (S4)
 * @param absoluteLifetime  a session ends this long after sign-in, however busy (S4)
 */
@Validated
@ConfigurationProperties("dezky.bff")
public record BffProperties(
        @DefaultValue("dezky") @NotBlank String registrationId,
        @NotNull URI apiBaseUri,
        @NotNull URI publicUrl,
        @NotBlank @Pattern(regexp = "__Host-[A-Za-z0-9_-]+") String sessionCookieName,
        @DefaultValue("30m") @NotNull Duration idleTimeout,
        @DefaultValue("12h") @NotNull Duration absoluteLifetime) {

    String authorizationPath() {
        return "/oauth2/authorization/" + registrationId;
    }
}
