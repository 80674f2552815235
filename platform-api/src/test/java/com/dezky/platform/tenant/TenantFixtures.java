package com.dezky.platform.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Tenants in a given status, reached through the real lifecycle, stored directly for arranging tests. */
public final class TenantFixtures {

    private TenantFixtures() {
    }

    static void setStatus(Tenant tenant, TenantStatus status) {
        Instant now = Instant.now();
        switch (status) {
            case PENDING -> { }
            case ACTIVE -> tenant.activate(now);
            case SUSPENDED -> {
                tenant.activate(now);
                tenant.apply(TenantAction.SUSPEND, "fixture", Duration.ofDays(30), now);
            }
            case DELETED -> {
                tenant.activate(now);
                tenant.apply(TenantAction.DELETE, null, Duration.ofDays(30), now);
            }
        }
    }

    /** Stores a tenant with the given status, plan, seats and partner id (null for direct). */
    public static Tenant insert(MongoTemplate mongo, String slug, TenantStatus status, String plan, int seats,
            String partnerId) {
        Tenant tenant = new Tenant(slug, "Tenant " + slug, plan, seats, List.of(), partnerId, null, null, Instant.now());
        setStatus(tenant, status);
        return mongo.insert(tenant);
    }
}
