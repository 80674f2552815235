package com.dezky.platform.infrastructure;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dezky.infrastructure.*}: the readiness endpoints of the other services, probed for the
 * operators' Infrastructure screen.
 *
 * @param probes  service name → its readiness URL (an empty value leaves the service out)
 * @param timeout how long a probe may take before the service counts as down
 */
@ConfigurationProperties("dezky.infrastructure")
record InfrastructureProperties(Map<String, URI> probes, @DefaultValue("2s") Duration timeout) {

    InfrastructureProperties {
        probes = probes == null ? Map.of() : probes;
    }
}
