package com.dezky.model.user;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code GET /me} answers: the caller's own record and the tenants they belong to. */
public record MeView(UserView user, List<MyTenant> tenants) {

    /**
     * One of the caller's tenants. {@code seatsUsed} counts its members; {@code admin} says
     * whether the caller administers it; a suspended tenant says why, a deleted one until when
     * it can be restored.
     */
    public record MyTenant(String slug, String name, com.dezky.model.tenant.TenantStatus status, String plan, int seatCap, long seatsUsed,
            boolean admin, @Nullable String suspendedReason, @Nullable Instant purgeAfter) {
    }
}
