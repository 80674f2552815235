package com.dezky.platform.provisioning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.TenantView;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantProvisioning;
import com.dezky.platform.tenant.TenantService;
import com.dezky.upstream.UpstreamException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Provisions tenants into the upstreams: every integration concurrently, in the background, on
 * virtual threads; a tenant becomes active once every enabled integration is ok. Reconciling is
 * idempotent (find-or-create under deterministic names) and one runner at a time works on a
 * tenant's integration (a lease in MongoDB), so any number of reconciles, on any number of
 * replicas, never creates an upstream object twice.
 */
@Service
@EnableConfigurationProperties(ProvisioningProperties.class)
class Provisioner implements TenantProvisioning {

    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

    private final List<UpstreamIntegration> integrations;
    private final MongoTemplate mongo;
    /** Looked up when needed: TenantService itself calls provisioning on every change. */
    private final ObjectProvider<TenantService> tenants;
    private final AuditTrail audit;
    private final ProvisioningProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    Provisioner(List<UpstreamIntegration> integrations, MongoTemplate mongo, ObjectProvider<TenantService> tenants,
            AuditTrail audit, ProvisioningProperties properties, MeterRegistry meters, Clock clock) {
        this.integrations = integrations;
        this.mongo = mongo;
        this.tenants = tenants;
        this.audit = audit;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    boolean enabled() {
        return properties.enabled();
    }

    @Override
    public Map<String, Map<String, TenantView.ProvisioningView>> states(Collection<String> slugs) {
        Map<String, Map<String, TenantView.ProvisioningView>> states = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return states;
        }
        for (ProvisioningRecord record : mongo.find(query(where("tenant").in(slugs)), ProvisioningRecord.class)) {
            states.computeIfAbsent(record.tenant(), slug -> new java.util.TreeMap<>())
                    .put(record.integration(), record.toView());
        }
        return states;
    }

    /** Marks every enabled integration pending (disabled ones skipped) and reconciles in the background. */
    @Override
    public void reconcileLater(String slug) {
        if (!properties.enabled()) {
            return;
        }
        for (UpstreamIntegration integration : integrations) {
            mongo.upsert(query(where("_id").is(ProvisioningRecord.idOf(slug, integration.name()))),
                    new Update().set("tenant", slug).set("integration", integration.name())
                            .set("state", integration.enabled() ? ProvisioningRecord.PENDING : ProvisioningRecord.SKIPPED)
                            .set("updatedAt", clock.instant()),
                    ProvisioningRecord.class);
        }
        executor.submit(() -> reconcile(slug));
    }

    /** Converges every integration of the tenant, concurrently, then activates it if all are done. */
    void reconcile(String slug) {
        List<Future<?>> runs = new ArrayList<>();
        for (UpstreamIntegration integration : integrations) {
            runs.add(executor.submit(() -> reconcile(slug, integration)));
        }
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (Exception e) {
                log.error("Provisioning of tenant {} failed unexpectedly", slug, e);
            }
        }
        List<ProvisioningRecord> records = mongo.find(query(where("tenant").is(slug)), ProvisioningRecord.class);
        boolean done = records.size() >= integrations.size() && records.stream().allMatch(record ->
                ProvisioningRecord.OK.equals(record.state()) || ProvisioningRecord.SKIPPED.equals(record.state()));
        if (done) {
            tenants.getObject().activateProvisioned(slug);
        }
    }

    private void reconcile(String slug, UpstreamIntegration integration) {
        String id = ProvisioningRecord.idOf(slug, integration.name());
        if (!integration.enabled()) {
            // reconcileLater has recorded it as skipped already.
            count(integration, ProvisioningRecord.SKIPPED);
            return;
        }
        String owner = UUID.randomUUID().toString();
        if (!acquire(id, slug, integration.name(), owner)) {
            // Someone else is at it: ask them to run once more, so that no change is missed.
            mongo.updateFirst(query(where("_id").is(id)), new Update().set("rerun", true), ProvisioningRecord.class);
            return;
        }
        boolean again;
        do {
            try {
                converge(slug, integration, id);
            } finally {
                again = releaseAskedAgain(id, owner) && acquire(id, slug, integration.name(), owner);
            }
        } while (again);
    }

    private void converge(String slug, UpstreamIntegration integration, String id) {
        Tenant tenant = mongo.findOne(query(where("slug").is(slug)), Tenant.class);
        ProvisioningRecord record = mongo.findById(id, ProvisioningRecord.class);
        if (tenant == null || record == null) {
            return;
        }
        Map<String, String> ids = new LinkedHashMap<>(record.externalIds() == null ? Map.of() : record.externalIds());
        Instant now = clock.instant();
        try {
            List<String> changes = integration.converge(tenant, ids);
            mongo.updateFirst(query(where("_id").is(id)), new Update().set("state", ProvisioningRecord.OK)
                    .set("externalIds", ids).set("lastError", null).set("updatedAt", clock.instant())
                    .inc("attempts", 1), ProvisioningRecord.class);
            count(integration, ProvisioningRecord.OK);
            if (!changes.isEmpty() || !ProvisioningRecord.OK.equals(record.state())) {
                audit.recordSystem(AuditEntry.of("tenant.provisioned", target(tenant)).tenant(slug)
                        .details(Map.of("integration", integration.name(), "changes", changes, "externalIds", ids)));
            }
        } catch (RuntimeException e) {
            if (!(e instanceof UpstreamException)) {
                log.error("Provisioning tenant {} in {} failed unexpectedly", slug, integration.name(), e);
            }
            mongo.updateFirst(query(where("_id").is(id)), new Update().set("state", ProvisioningRecord.ERROR)
                    .set("externalIds", ids).set("lastError", e.getMessage()).set("lastErrorAt", now)
                    .set("updatedAt", clock.instant()).inc("attempts", 1), ProvisioningRecord.class);
            count(integration, ProvisioningRecord.ERROR);
            if (e instanceof UpstreamException) {
                log.warn("Provisioning tenant {} in {} failed: {}", slug, integration.name(), e.getMessage());
            }
            if (!ProvisioningRecord.ERROR.equals(record.state()) || !Objects.equals(record.lastError(), e.getMessage())) {
                audit.recordSystem(AuditEntry.of("tenant.provisioning_failed", target(tenant)).tenant(slug)
                        .details(Map.of("integration", integration.name(), "error", e.getMessage())));
            }
        }
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
        Criteria stalled = where("state").in(ProvisioningRecord.ERROR, ProvisioningRecord.PENDING)
                .and("updatedAt").lt(now.minus(properties.retryInterval()))
                .orOperator(where("leaseUntil").exists(false), where("leaseUntil").is(null), where("leaseUntil").lt(now));
        List<String> slugs = mongo.find(query(stalled).limit(limit * 3), ProvisioningRecord.class).stream()
                .map(ProvisioningRecord::tenant).distinct().limit(limit).toList();
        slugs.forEach(this::reconcileLater);
        return slugs.size();
    }

    @Override
    public boolean purge(Tenant tenant) {
        boolean purged = true;
        for (UpstreamIntegration integration : integrations) {
            String id = ProvisioningRecord.idOf(tenant.getSlug(), integration.name());
            ProvisioningRecord record = mongo.findById(id, ProvisioningRecord.class);
            if (!properties.enabled() || !integration.enabled()) {
                mongo.remove(query(where("_id").is(id)), ProvisioningRecord.class);
                continue;
            }
            Map<String, String> ids = new LinkedHashMap<>(record == null || record.externalIds() == null
                    ? Map.of() : record.externalIds());
            try {
                List<String> removed = integration.purge(tenant, ids);
                mongo.remove(query(where("_id").is(id)), ProvisioningRecord.class);
                audit.recordSystem(AuditEntry.of("tenant.upstream_purged", target(tenant)).tenant(tenant.getSlug())
                        .details(Map.of("integration", integration.name(), "changes", removed)));
            } catch (UpstreamException e) {
                purged = false;
                mongo.upsert(query(where("_id").is(id)), new Update().set("tenant", tenant.getSlug())
                        .set("integration", integration.name()).set("state", ProvisioningRecord.ERROR)
                        .set("lastError", "purge: " + e.getMessage()).set("lastErrorAt", clock.instant())
                        .set("updatedAt", clock.instant()).inc("attempts", 1), ProvisioningRecord.class);
                audit.recordSystem(AuditEntry.of("tenant.provisioning_failed", target(tenant)).tenant(tenant.getSlug())
                        .details(Map.of("integration", integration.name(), "error", "purge: " + e.getMessage())));
            }
        }
        return purged;
    }

    private boolean acquire(String id, String slug, String integration, String owner) {
        Instant now = clock.instant();
        Criteria free = new Criteria().orOperator(where("leaseUntil").exists(false), where("leaseUntil").is(null),
                where("leaseUntil").lt(now));
        try {
            return mongo.findAndModify(query(where("_id").is(id)).addCriteria(free),
                    new Update().set("leaseOwner", owner).set("leaseUntil", now.plus(properties.lease()))
                            .set("rerun", false).setOnInsert("tenant", slug).setOnInsert("integration", integration)
                            .setOnInsert("state", ProvisioningRecord.PENDING),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), ProvisioningRecord.class) != null;
        } catch (DuplicateKeyException leaseTaken) {
            return false;
        }
    }

    /** Lets go of the lease and answers whether another run was asked for meanwhile. */
    private boolean releaseAskedAgain(String id, String owner) {
        ProvisioningRecord before = mongo.findAndModify(query(where("_id").is(id).and("leaseOwner").is(owner)),
                new Update().unset("leaseOwner").unset("leaseUntil").set("rerun", false), ProvisioningRecord.class);
        return before != null && Boolean.TRUE.equals(before.rerun());
    }

    private void count(UpstreamIntegration integration, String result) {
        Counter.builder("dezky.provisioning.outcomes")
                .description("Provisioning runs per integration by result: ok, error, skipped")
                .tag("integration", integration.name()).tag("result", result)
                .register(meters).increment();
    }

    private static AuditEntry.Target target(Tenant tenant) {
        return new AuditEntry.Target("tenant", tenant.getId(), tenant.getSlug());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
