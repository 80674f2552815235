package com.dezky.model.tenant;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;

/** One integration of a tenant: being brought in line, in line, failed, or its upstream not enabled. */
public enum ProvisioningState implements Wire {

    PENDING, OK, ERROR, SKIPPED;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    /** Nothing left to do: provisioned, or nothing to provision. */
    public boolean settled() {
        return this == OK || this == SKIPPED;
    }
}
