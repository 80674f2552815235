package com.dezky.model.tenant;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a tenant is in its life: pending → active ⇄ suspended, and deleted (restorable for a while). */
public enum TenantStatus implements Wire {

    PENDING, ACTIVE, SUSPENDED, DELETED;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    /** Living tenants (not deleted) are a partner's customers, counted and listed alike. */
    public boolean living() {
        return this != DELETED;
    }

    /** Only active tenants are billed. */
    public boolean billed() {
        return this == ACTIVE;
    }

    /** Whether the tenant's upstream objects are switched off (drive disabled, users deactivated). */
    public boolean switchedOff() {
        return this == SUSPENDED || this == DELETED;
    }
}
