package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle rules, pure: which actions a status allows, and where each leads.
 * <ul>
 * <li>suspend: pending or active → suspended (the status before is kept);</li>
 * <li>resume: suspended → the status before suspension;</li>
 * <li>delete: pending, active or suspended → deleted, restorable until {@code purgeAfter};</li>
 * <li>restore: deleted, before {@code purgeAfter} → the status before deletion.</li>
 * </ul>
 */
final class TenantLifecycle {

    private TenantLifecycle() {
    }

    static Set<TenantAction> allowed(TenantStatus status, Instant purgeAfter, Instant now) {
        return switch (status) {
            case PENDING, ACTIVE -> EnumSet.of(TenantAction.SUSPEND, TenantAction.DELETE);
            case SUSPENDED -> EnumSet.of(TenantAction.RESUME, TenantAction.DELETE);
            case DELETED -> purgeAfter != null && now.isBefore(purgeAfter)
                    ? EnumSet.of(TenantAction.RESTORE) : EnumSet.noneOf(TenantAction.class);
        };
    }

    /** The status an allowed action leads to; {@code previous} is the status kept before suspension or deletion. */
    static TenantStatus after(TenantAction action, TenantStatus previous) {
        return switch (action) {
            case SUSPEND -> TenantStatus.SUSPENDED;
            case DELETE -> TenantStatus.DELETED;
            case RESUME, RESTORE -> previous != null ? previous : TenantStatus.ACTIVE;
        };
    }
}
