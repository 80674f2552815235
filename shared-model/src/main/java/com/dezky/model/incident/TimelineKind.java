package com.dezky.model.incident;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What one entry of an incident's timeline records. */
public enum TimelineKind implements Wire {

    ALERT_FIRED, ALERT_RESOLVED, ACKNOWLEDGED, ASSIGNED, ESCALATED, NOTE, CUSTOMER_UPDATE, RESOLVED, REOPENED;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    public static Optional<TimelineKind> fromWire(String value) {
        return Wire.parse(TimelineKind.class, value);
    }
}
