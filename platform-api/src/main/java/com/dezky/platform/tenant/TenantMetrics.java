package com.dezky.platform.tenant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code dezky_tenants{status,plan}}: how many tenants there are of each, read from the tenant
 * counters. A tenant change reads them again once it is committed, at most once a second however
 * many changes come (a burst is read by the next scheduled check); every few minutes they are read
 * anyway, for changes made by another replica.
 */
@Component
class TenantMetrics {

    private static final Duration AT_MOST_EVERY = Duration.ofSeconds(1);

    private final Tenants tenants;
    private final MultiGauge gauge;
    private final Clock clock;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final AtomicReference<Instant> lastCount = new AtomicReference<>(Instant.MIN);

    TenantMetrics(Tenants tenants, MeterRegistry meters, Clock clock) {
        this.tenants = tenants;
        this.gauge = MultiGauge.builder("dezky.tenants").description("Tenants by status and plan").register(meters);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(TenantChanged changed) {
        stale.set(true);
        Instant now = clock.instant();
        Instant last = lastCount.get();
        if (last.plus(AT_MOST_EVERY).isBefore(now) && lastCount.compareAndSet(last, now)) {
            recountIfStale();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${dezky.metrics.recount-interval:2s}")
    public void recountIfStale() {
        if (stale.getAndSet(false)) {
            recount();
        }
    }

    @Scheduled(fixedDelayString = "${dezky.metrics.refresh-interval:5m}", initialDelayString = "${dezky.metrics.refresh-interval:5m}")
    public void recount() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        tenants.countedByPlan().forEach((plan, counts) -> counts.forEach((status, count) -> {
            if (count > 0) {
                rows.add(MultiGauge.Row.of(Tags.of("status", status.wire(), "plan", plan), count));
            }
        }));
        gauge.register(rows, true);
    }
}
