package com.dezky.platform.tenant;

import com.dezky.platform.web.ApiProblem;
import java.util.Arrays;
import java.util.Locale;

/** Where a tenant is in its life: pending → active ⇄ suspended, and deleted (restorable for a while). */
public enum TenantStatus {

    PENDING, ACTIVE, SUSPENDED, DELETED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only active tenants are billed. */
    public boolean billed() {
        return this == ACTIVE;
    }

    static TenantStatus fromWire(String field, String value) {
        return Arrays.stream(values()).filter(status -> status.wire().equals(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid(field, "must be pending, active, suspended or deleted"));
    }
}
