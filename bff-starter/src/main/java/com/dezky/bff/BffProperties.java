package com.dezky.bff;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What differs between the two BFFs, plus the session policy they share.
 *
 * @param registrationId    the Spring Security OAuth2 client registration of this BFF
 * @param apiBaseUris       platform-api's replicas (the same base path on each); {@code /api/**} is
 *                          relayed there and nowhere else (T3)
 * @param publicUrl         where the browser reaches this BFF, e.g. {@code http://operator.localhost:8080};
 *                          the landing page after logout
 * @param sessionCookieName {@code __Host-} prefixed, different per BFF so the two never mix (S1)
 * @param idleTimeout       a session unused this long ends (S4)
 * @param absoluteLifetime  a session ends this long after sign-in, however busy (S4)
 * @param apiPaths          platform-api's API, as path patterns below {@code /api}: only these are
 *                          relayed (so never its actuator, however spelled); anything else is 404
 * @param requireSecondFactor whether a sign-in without a second factor ({@code amr}) is refused
 *                          (the operator BFF: {@code DEZKY_OPERATOR_REQUIRE_MFA}, on by default)
 * @param environment       which deployment this is (its name and kind), for the SPA's badge; without
 *                          a kind the SPA goes by its host name
 * @param otherEnvironments the same app in the other deployments, for the SPA's environment menu
 *                          (each with its own sign-in); none by default
 */
@Validated
@ConfigurationProperties("dezky.bff")
public record BffProperties(
        @DefaultValue("dezky") @NotBlank String registrationId,
        @NotEmpty List<@NotNull URI> apiBaseUris,
        @NotNull URI publicUrl,
        @NotBlank @Pattern(regexp = "__Host-[A-Za-z0-9_-]+") String sessionCookieName,
        @DefaultValue("30m") @NotNull Duration idleTimeout,
        @DefaultValue("12h") @NotNull Duration absoluteLifetime,
        @DefaultValue({"/me", "/me/notifications", "/me/notifications/**", "/plans", "/flags", "/flags/**", "/ofrep/**", "/tenants", "/tenants/**", "/partners",
                "/partners/**", "/users", "/users/**", "/billing/**", "/audit", "/audit/**", "/upstreams",
                "/infrastructure", "/incidents", "/incidents/**", "/oncall/**", "/v3/api-docs", "/v3/api-docs/**"}) @NotEmpty List<@Pattern(regexp = "/[A-Za-z0-9/*{}._-]*") String> apiPaths,
        @DefaultValue("false") boolean requireSecondFactor,
        @DefaultValue @Valid Environment environment,
        @DefaultValue List<@Valid @NotNull OtherEnvironment> otherEnvironments) {

    /** Which deployment this is; a kind that is not configured is null, not guessed. */
    public record Environment(@DefaultValue("local") @NotBlank String name, @Nullable EnvironmentKind kind) {
    }

    /**
     * The same app elsewhere: its name, kind and public address; in one line (an environment
     * variable) as {@code name|kind|url}, several separated by commas.
     */
    public record OtherEnvironment(@NotBlank String name, @NotNull EnvironmentKind kind, @NotNull URI url) {

        static OtherEnvironment parse(String text) {
            String[] parts = text.trim().split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("An environment is name|kind|url, not " + text);
            }
            return new OtherEnvironment(parts[0].trim(),
                    EnvironmentKind.valueOf(parts[1].trim().toUpperCase(java.util.Locale.ROOT)), URI.create(parts[2].trim()));
        }
    }

    String authorizationPath() {
        return "/oauth2/authorization/" + registrationId;
    }
}
