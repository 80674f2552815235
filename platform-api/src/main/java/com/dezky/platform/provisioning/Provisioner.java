package com.dezky.platform.provisioning;

import com.dezky.model.tenant.ProvisioningState;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.platform.tenant.TenantUpstreams;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.UpstreamsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Provisions tenants into the upstreams: every integration concurrently, each on a thread of its
 * own ({@link ProvisioningThreads}); a
 * tenant becomes active once every enabled integration is ok. Reconciling is idempotent
 * (find-or-create under deterministic names) and one runner at a time works on a tenant's
 * integration, so any number of reconciles, on any number of replicas, never creates an
 * upstream object twice.
 */
@Service
@EnableConfigurationProperties(ProvisioningProperties.class)
class Provisioner implements TenantUpstreams, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

    private final List<UpstreamIntegration> integrations;
    private final IntegrationRun runs;
    private final ProvisioningRecords records;
    private final UpstreamClaims claims;
    private final TenantDirectory tenants;
    private final ProvisioningProperties properties;
    private final Clock clock;
    private final Upstreams upstreams;
    private final ExecutorService executor = ProvisioningThreads.perTask("provisioning-");
    private volatile boolean running;

    Provisioner(List<UpstreamIntegration> integrations, IntegrationRun runs, ProvisioningRecords records,
            UpstreamClaims claims, TenantDirectory tenants, ProvisioningProperties properties, Clock clock,
            Upstreams upstreams) {
        this.integrations = integrations;
        this.runs = runs;
        this.records = records;
        this.claims = claims;
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
        this.upstreams = upstreams;
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public Map<String, Map<String, TenantView.ProvisioningView>> states(Collection<String> slugs) {
        Map<String, Map<String, TenantView.ProvisioningView>> states = new LinkedHashMap<>();
        if (!slugs.isEmpty()) {
            for (ProvisioningRecord record : records.findByTenantIn(slugs)) {
                states.computeIfAbsent(record.tenant(), slug -> new TreeMap<>()).put(record.integration(),
                        record.toView(upstreams.settings(record.integration()).map(UpstreamsProperties.Upstream::sandbox)
                                .orElse(false)));
            }
        }
        return states;
    }

    @Override
    public Optional<String> holderOfDomain(String domain) {
        return claims.findById(UpstreamClaim.mailDomain(domain)).map(UpstreamClaim::owner);
    }

    /** Marks every enabled integration pending and the others skipped: what the tenant shows until its run ends. */
    void queue(String slug) {
        if (!properties.enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (UpstreamIntegration integration : integrations) {
            records.markQueued(slug, integration.name(),
                    integration.enabled() ? ProvisioningState.PENDING : ProvisioningState.SKIPPED, now);
        }
    }

    /** Converges every integration of the tenant, concurrently, and waits; then activates it if all are done. */
    void reconcile(String slug) {
        if (!properties.enabled()) {
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (UpstreamIntegration integration : integrations) {
            running.add(executor.submit(() -> runs.run(slug, integration)));
        }
        for (Future<?> run : running) {
            try {
                run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Stopped while provisioning " + slug, e);
            } catch (Exception e) {
                log.error("Provisioning of tenant {} failed unexpectedly", slug, e);
            }
        }
        if (executor.isShutdown()) {
            // Cut off by the application stopping: left incomplete, so that it runs again at the next start.
            throw new IllegalStateException("Stopped while provisioning " + slug);
        }
        List<ProvisioningRecord> states = records.findByTenant(slug);
        if (states.size() >= integrations.size() && states.stream().allMatch(record -> record.state().settled())) {
            tenants.activateIfPending(slug);
        }
    }

    /** {@link #queue} and {@link #reconcile} in the background, for runs nobody waits for (the scheduled retry). */
    void reconcileInBackground(String slug) {
        queue(slug);
        executor.submit(() -> reconcile(slug));
    }

    /**
     * Reconciles, in the background, tenants with an integration in error or left pending by a
     * runner that died (its lease ran out), unchanged for at least a retry interval. At most
     * {@code limit} tenants per call, so that a long upstream outage does not flood it on recovery.
     */
    int retryStalled(int limit) {
        if (!properties.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<String> slugs = records.stalledTenants(now.minus(properties.retryInterval()), now, limit);
        slugs.forEach(this::reconcileInBackground);
        return slugs.size();
    }

    @Override
    public boolean purge(Tenant tenant) {
        boolean purged = true;
        for (UpstreamIntegration integration : integrations) {
            String id = ProvisioningRecord.idOf(tenant.getSlug(), integration.name());
            if (!properties.enabled() || !integration.enabled()) {
                records.remove(id);
                continue;
            }
            Map<String, String> ids = new LinkedHashMap<>(records.findById(id).map(ProvisioningRecord::ids).orElse(Map.of()));
            try {
                List<String> removed = integration.purge(tenant, ids);
                records.remove(id);
                runs.report(tenant, ProvisioningReport.UPSTREAM_PURGED, Map.of("integration", integration.name(),
                        "changes", removed));
            } catch (UpstreamException e) {
                purged = false;
                records.recordError(id, tenant.getSlug(), integration.name(), ids, "purge: " + e.getMessage(),
                        clock.instant());
                runs.report(tenant, ProvisioningReport.FAILED, Map.of("integration", integration.name(),
                        "error", "purge: " + e.getMessage()));
            }
        }
        return purged;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * At shutdown, while the database is still there: runs in progress are interrupted and let go
     * of their leases, so that the next start (or another replica) can take them over at once
     * rather than after the lease runs out. Their reactions stay incomplete and run again.
     */
    @Override
    public void stop() {
        running = false;
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
