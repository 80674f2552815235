package com.dezky.model.incident;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How urgent an incident is, from its alerts' {@code severity} label; the most urgent alert decides. */
public enum IncidentSeverity implements Wire {

    CRITICAL, WARNING, INFO;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    public static Optional<IncidentSeverity> fromWire(String value) {
        return Wire.parse(IncidentSeverity.class, value);
    }
}
