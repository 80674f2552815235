package com.dezky.upstream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dezky.upstreams.<name>.*}: where each upstream is and how patiently to talk to it.
 * Names are {@code authentik}, {@code stalwart} and {@code ocis}. An upstream that is not
 * enabled is skipped by provisioning, never reported as failed.
 */
@Validated
@ConfigurationProperties("dezky")
public record UpstreamsProperties(Map<String, @Valid Upstream> upstreams) {

    public UpstreamsProperties {
        upstreams = upstreams == null ? Map.of() : Map.copyOf(upstreams);
    }

    /**
     * @param baseUrl        root of the upstream's API
     * @param token          bearer credential (API token or admin token); never logged
     * @param enabled        whether provisioning uses this upstream at all
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for an answer
     */
    public record Upstream(
            @NotNull URI baseUrl,
            String token,
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout) {

        @Override
        public String toString() {
            return "Upstream[baseUrl=" + baseUrl + ", enabled=" + enabled + ", token=" + (token == null ? "unset" : "***")
                    + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
        }
    }
}
