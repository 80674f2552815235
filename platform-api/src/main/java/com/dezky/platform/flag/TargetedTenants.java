package com.dezky.platform.flag;

import com.dezky.model.flag.FlagSubject;
import com.dezky.platform.tenant.TenantChanged;
import com.dezky.platform.tenant.TenantSubjects;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The tenant an OFREP targeting key names, as flags see it, read at most once per
 * {@code dezky.flags.read-cache} (default 1 s) for the same key and forgotten as soon as a tenant
 * changes on this replica: a plan changed elsewhere reaches this replica's answers within that time.
 */
@Component
class TargetedTenants {

    /** The tenant's slug (for the caller's access) and what flags see of it. */
    record Target(String slug, FlagSubject subject) {
    }

    private final TenantSubjects subjects;
    private final ShortLived<String, Optional<Target>> targets;

    TargetedTenants(TenantSubjects subjects, @Value("${dezky.flags.read-cache:1s}") Duration readCache) {
        this.subjects = subjects;
        this.targets = new ShortLived<>(readCache, System::nanoTime);
    }

    /** The tenant this key names (its id, or else its slug), if there is one. */
    Optional<Target> byKey(String targetingKey) {
        return targets.get(targetingKey,
                key -> subjects.byIdOrSlug(key).map(tenant -> new Target(tenant.getSlug(), subjects.of(tenant))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantChanged changed) {
        targets.forgetAll();
    }
}
