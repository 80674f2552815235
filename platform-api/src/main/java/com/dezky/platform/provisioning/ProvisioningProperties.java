package com.dezky.platform.provisioning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dezky.provisioning.*}.
 *
 * @param enabled whether tenants are provisioned at all (tests of other features switch it off,
 *                so that their tenants stay pending)
 * @param lease   how long one runner may hold a tenant's integration before another may take over
 * @param retryInterval how often integrations in error (or left pending by a crashed runner) are
 *                retried without anyone asking
 */
@ConfigurationProperties("dezky.provisioning")
record ProvisioningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2m") Duration lease,
        @DefaultValue("1m") Duration retryInterval) {
}
