package com.dezky.platform.tenant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param deletionGracePeriod how long a deleted tenant can be restored before it is purged
 * @param purgeInterval       how often the purge looks for tenants past their grace period
 */
@ConfigurationProperties("dezky.tenants")
record TenantProperties(@DefaultValue("30d") Duration deletionGracePeriod, @DefaultValue("5m") Duration purgeInterval) {
}
