package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Creates demo tenants for the local stack, each brought to its status through the real lifecycle. */
@Component
public class TenantSeeder {

    /** One demo tenant; {@code status} is where it ends up, {@code reason} why if suspended. */
    public record Seed(String slug, String name, String plan, int seatCap, List<String> domains, String partnerId,
            TenantStatus status, String reason, Duration age) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    TenantSeeder(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Inserts the tenant unless one with its slug exists; answers whether it did. */
    public boolean seedIfAbsent(Seed seed) {
        if (mongo.exists(query(where("slug").is(seed.slug())), Tenant.class)) {
            return false;
        }
        Instant created = clock.instant().minus(seed.age());
        Tenant tenant = new Tenant(seed.slug(), seed.name(), seed.plan(), seed.seatCap(), seed.domains(),
                seed.partnerId(), null, null, created);
        Duration grace = Duration.ofDays(30);
        switch (seed.status()) {
            case PENDING -> { }
            case ACTIVE -> tenant.activate(created);
            case SUSPENDED -> {
                tenant.activate(created);
                tenant.apply(TenantAction.SUSPEND, seed.reason(), grace, clock.instant().minus(Duration.ofDays(3)));
            }
            case DELETED -> {
                tenant.activate(created);
                tenant.apply(TenantAction.DELETE, null, grace, clock.instant().minus(Duration.ofDays(5)));
            }
        }
        mongo.insert(tenant);
        return true;
    }
}
