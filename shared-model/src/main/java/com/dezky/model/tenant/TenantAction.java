package com.dezky.model.tenant;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;

/** The lifecycle actions an operator can take on a tenant. */
public enum TenantAction implements Wire {

    SUSPEND, RESUME, DELETE, RESTORE;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }
}
