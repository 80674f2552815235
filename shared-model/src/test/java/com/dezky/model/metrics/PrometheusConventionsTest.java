package com.dezky.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class PrometheusConventionsTest {

    @Test
    void describesUndescribedMetersAndKeepsGivenDescriptions() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new PrometheusConventions());

        Counter plain = registry.counter("http.server.requests");
        Counter described = Counter.builder("dezky.audit.events").description("Audit events").register(registry);

        assertThat(plain.getId().getDescription()).isEqualTo("Http server requests");
        assertThat(described.getId().getDescription()).isEqualTo("Audit events");
    }

    @Test
    void writesNamesInSnakeCaseAndRenamesTheCpuCountGauge() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new PrometheusConventions());

        registry.counter("spring.security.filterchains.CsrfHeaderFilter.before");
        registry.counter("spring.cloud.gateway.requests", "routeId", "operator-bff");
        registry.gauge("system.cpu.count", 2);
        registry.gauge("spring.cloud.gateway.routes.count", 3);

        assertThat(registry.find("spring.security.filterchains.csrf_header_filter.before").counter()).isNotNull();
        assertThat(registry.find("spring.cloud.gateway.requests").tag("route_id", "operator-bff").counter()).isNotNull();
        assertThat(registry.find("system.cpu.cores").gauge()).isNotNull();
        assertThat(registry.find("system.cpu.count").gauge()).isNull();
        assertThat(registry.find("spring.cloud.gateway.routes.current").gauge()).isNotNull();
    }

    @Test
    void leavesOutMetersWithAbbreviatedUnitsInTheirNames() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new PrometheusConventions());

        registry.counter("process.cpu.time").increment();

        assertThat(registry.find("process.cpu.time").meter()).isNull();
    }
}
