package com.dezky.model.incident;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Whom an incident concerns: every tenant, the tenants provisioned into one upstream, one tenant,
 * or nobody outside Dezky (an operator-only service, the audit chain).
 */
public enum ImpactScope implements Wire {

    ALL, UPSTREAM, TENANT, INTERNAL;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    public static Optional<ImpactScope> fromWire(String value) {
        return Wire.parse(ImpactScope.class, value);
    }
}
