package com.dezky.model.incident;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Where an incident stands: fired and nobody has taken it yet, taken by someone, or over. */
public enum IncidentStatus implements Wire {

    TRIGGERED, ACKNOWLEDGED, RESOLVED;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    public static Optional<IncidentStatus> fromWire(String value) {
        return Wire.parse(IncidentStatus.class, value);
    }
}
