package com.dezky.bff;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * A BFF: OIDC sign-in with tokens kept in the session, the SPA, and {@code /api/**} relayed
 * to platform-api with the session's bearer token. Runs before Boot's security defaults so
 * that its filter chain and session-based token store are the ones in force.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"})
@EnableConfigurationProperties(BffProperties.class)
@Import({BffSecurityConfiguration.class, ApiRelayConfiguration.class, SpaConfiguration.class,
        BffUserController.class, BffEnvironmentController.class, OtherEnvironmentText.class,
        BackChannelLogoutController.class, SignedInSessionsConfiguration.class})
public class BffAutoConfiguration {
}
