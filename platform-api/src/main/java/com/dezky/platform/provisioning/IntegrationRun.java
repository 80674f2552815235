package com.dezky.platform.provisioning;

import com.dezky.model.tenant.ProvisioningState;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.upstream.UpstreamException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One run of one integration for one tenant, under its lease: converge, record the outcome,
 * report it. A run asked for while another holds the lease makes the holder run once more, so
 * no change is missed and nothing runs twice at once.
 */
@Component
class IntegrationRun {

    private static final Logger log = LoggerFactory.getLogger(IntegrationRun.class);

    private final ProvisioningRecords records;
    private final TenantDirectory tenants;
    private final ProvisioningProperties properties;
    private final ApplicationEventPublisher events;
    private final Transactions transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    IntegrationRun(ProvisioningRecords records, TenantDirectory tenants, ProvisioningProperties properties,
            ApplicationEventPublisher events, Transactions transactions, MeterRegistry meters, Clock clock) {
        this.records = records;
        this.tenants = tenants;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    void run(String slug, UpstreamIntegration integration) {
        if (!integration.enabled()) {
            // Recorded as skipped when it was queued.
            count(integration, ProvisioningState.SKIPPED);
            return;
        }
        String id = ProvisioningRecord.idOf(slug, integration.name());
        String owner = UUID.randomUUID().toString();
        if (!records.acquire(id, slug, integration.name(), owner, properties.lease(), clock.instant())) {
            records.askRerun(id);
            return;
        }
        boolean again;
        do {
            try {
                converge(slug, integration, id);
            } finally {
                again = release(id, owner) && records.acquire(id, slug, integration.name(), owner, properties.lease(),
                        clock.instant());
            }
        } while (again);
    }

    /**
     * Lets go of the lease, also when the run was interrupted by a shutdown (the database driver
     * refuses an interrupted thread, so the flag is set aside meanwhile); answers whether to run again.
     */
    private boolean release(String id, String owner) {
        boolean interrupted = Thread.interrupted();
        try {
            return records.releaseAskedAgain(id, owner) && !interrupted;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void converge(String slug, UpstreamIntegration integration, String id) {
        Tenant tenant = tenants.find(slug).orElse(null);
        ProvisioningRecord record = records.findById(id).orElse(null);
        if (tenant == null || record == null) {
            return;
        }
        Map<String, String> ids = new LinkedHashMap<>(record.ids());
        try {
            List<String> changes = integration.converge(tenant, ids);
            records.recordOk(id, ids, clock.instant());
            count(integration, ProvisioningState.OK);
            // Reported when something changed, on recovery from an error and on the first run; a
            // reconcile that finds everything in place (the record is only queued) writes nothing.
            boolean firstRun = record.attempts() == null || record.attempts() == 0;
            if (!changes.isEmpty() || record.lastError() != null || firstRun) {
                report(tenant, ProvisioningReport.PROVISIONED, Map.of("integration", integration.name(),
                        "changes", changes, "externalIds", ids));
            }
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Stopped, not failed: left pending for the run that takes over.
                return;
            }
            if (e instanceof UpstreamException) {
                log.warn("Provisioning tenant {} in {} failed: {}", slug, integration.name(), e.getMessage());
            } else {
                log.error("Provisioning tenant {} in {} failed unexpectedly", slug, integration.name(), e);
            }
            records.recordError(id, slug, integration.name(), ids, e.getMessage(), clock.instant());
            count(integration, ProvisioningState.ERROR);
            if (record.state() != ProvisioningState.ERROR || !Objects.equals(record.lastError(), e.getMessage())) {
                report(tenant, ProvisioningReport.FAILED, Map.of("integration", integration.name(),
                        "error", String.valueOf(e.getMessage())));
            }
        }
    }

    /** Published in a transaction of its own: this runs in the background, outside the change that caused it. */
    void report(Tenant tenant, ProvisioningReport report, Map<String, Object> details) {
        transactions.write(() -> events.publishEvent(new ProvisioningReported(
                Occurrence.bySystem(clock), report, tenant.getId(), tenant.getSlug(), details)));
    }

    void count(UpstreamIntegration integration, ProvisioningState result) {
        Counter.builder("dezky.provisioning.outcomes")
                .description("Provisioning runs per integration by result: ok, error, skipped")
                .tag("integration", integration.name()).tag("result", result.wire())
                .register(meters).increment();
    }
}
