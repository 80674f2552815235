package com.dezky.gateway;

import com.dezky.model.metrics.PrometheusConventions;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfig {

    /** Every metric family with HELP text and conventional names (promtool check metrics). */
    @Bean
    MeterFilter prometheusConventions() {
        return new PrometheusConventions();
    }
}
