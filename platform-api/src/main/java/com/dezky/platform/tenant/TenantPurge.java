package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.ScheduledRuns;
import com.dezky.platform.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes deleted tenants once their grace period is over, on a schedule: after their upstream
 * objects (drive, mail domains, groups) are gone; a tenant whose upstream purge failed stays and
 * is tried again on the next run. Idempotent: each removal is conditional on the tenant still
 * being deleted and past its grace period, so overlapping runs (or replicas) remove it once.
 */
@Component
public class TenantPurge {

    private static final Logger log = LoggerFactory.getLogger(TenantPurge.class);
    private static final String INTERVAL = "${dezky.tenants.purge-interval:5m}";

    private final Tenants tenants;
    private final TenantUpstreams upstreams;
    private final ApplicationEventPublisher events;
    private final Transactions transactions;
    private final ScheduledRuns scheduled;
    private final Duration interval;
    private final Clock clock;

    TenantPurge(Tenants tenants, TenantUpstreams upstreams, ApplicationEventPublisher events,
            Transactions transactions, ScheduledRuns scheduled, @Value(INTERVAL) Duration interval, Clock clock) {
        this.tenants = tenants;
        this.upstreams = upstreams;
        this.events = events;
        this.transactions = transactions;
        this.scheduled = scheduled;
        this.interval = interval;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    void onSchedule() {
        scheduled.oncePerPeriod("tenant-purge", interval, () -> {
            int purged = purgeExpired();
            if (purged > 0) {
                log.info("Purged {} tenant(s) past their deletion grace period", purged);
            }
        });
    }

    /** Answers how many tenants were removed. The upstream calls are made outside any transaction. */
    public int purgeExpired() {
        Instant now = clock.instant();
        int purged = 0;
        for (Tenant tenant : tenants.findByStatusAndPurgeAfterLessThanEqual(TenantStatus.DELETED, now)) {
            if (upstreams.purge(tenant) && transactions.write(() -> remove(tenant, now))) {
                purged++;
            }
        }
        return purged;
    }

    private boolean remove(Tenant tenant, Instant now) {
        if (!tenants.removeIfExpired(tenant.getId(), now)) {
            return false;
        }
        events.publishEvent(new TenantChanged(Occurrence.bySystem(clock), TenantChange.PURGED, tenant.getId(),
                tenant.getSlug(), null, List.of(), Map.of("deletedAt", String.valueOf(tenant.getDeletedAt())),
                tenant.standing(), null));
        return true;
    }
}
