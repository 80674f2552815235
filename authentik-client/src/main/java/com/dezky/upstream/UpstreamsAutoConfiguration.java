package com.dezky.upstream;

import com.dezky.upstream.authentik.AuthentikClient;
import com.dezky.upstream.ocis.OcisClient;
import com.dezky.upstream.stalwart.StalwartClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The upstream clients for any service that provisions tenants: one per upstream, built by
 * Spring Cloud OpenFeign, sharing a circuit-breaker registry whose state is published as
 * {@code resilience4j_circuitbreaker_state}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        after = FeignAutoConfiguration.class)
@EnableConfigurationProperties(UpstreamsProperties.class)
public class UpstreamsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Upstreams upstreams(UpstreamsProperties properties, ObjectProvider<MeterRegistry> meterRegistry,
            ApplicationContext context) {
        MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
        CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meters);
        return new Upstreams(properties, circuitBreakers, meters, new FeignClientBuilder(context));
    }

    /**
     * HttpClient 5 never repeats a request by itself: which calls may be retried is decided per
     * operation (only idempotent ones), in UpstreamCalls.
     */
    @Bean
    HttpClient5FeignConfiguration.HttpClientBuilderCustomizer noAutomaticRetries() {
        return builder -> builder.disableAutomaticRetries().disableRedirectHandling();
    }

    @Bean
    @ConditionalOnMissingBean
    AuthentikClient authentikClient(Upstreams upstreams) {
        return new AuthentikClient(upstreams);
    }

    @Bean
    @ConditionalOnMissingBean
    StalwartClient stalwartClient(Upstreams upstreams) {
        return new StalwartClient(upstreams);
    }

    @Bean
    @ConditionalOnMissingBean
    OcisClient ocisClient(Upstreams upstreams) {
        return new OcisClient(upstreams);
    }
}
