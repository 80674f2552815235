package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.Actor;
import com.dezky.platform.audit.Occurrence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Tenants in a given status, reached through the real lifecycle, stored directly (no events, but counted) for arranging tests. */
public final class TenantFixtures {

    private TenantFixtures() {
    }

    static void setStatus(Tenant tenant, TenantStatus status, Occurrence at) {
        switch (status) {
            case PENDING -> { }
            case ACTIVE -> tenant.activate(at);
            case SUSPENDED -> {
                tenant.activate(at);
                tenant.apply(TenantAction.SUSPEND, "fixture", Duration.ofDays(30), at);
            }
            case DELETED -> {
                tenant.activate(at);
                tenant.apply(TenantAction.DELETE, null, Duration.ofDays(30), at);
            }
        }
    }

    /** Stores a tenant with the given status, plan, seats and partner id (null for direct), and counts it. */
    public static Tenant insert(MongoTemplate mongo, String slug, TenantStatus status, String plan, int seats,
            String partnerId) {
        Tenant tenant = mongo.insert(build(slug, status, plan, seats, partnerId));
        new TenantQueriesImpl(mongo).count(null, tenant.standing());
        return tenant;
    }

    /** A tenant with the given status, plan, seats and partner id, not stored. */
    public static Tenant build(String slug, TenantStatus status, String plan, int seats, String partnerId) {
        Occurrence at = new Occurrence(UUID.randomUUID(), Instant.now(), Actor.SYSTEM);
        Tenant tenant = new Tenant(slug, new Tenant.Draft("Tenant " + slug, plan, seats, List.of(), partnerId, null, null), at);
        setStatus(tenant, status, at);
        return tenant;
    }
}
