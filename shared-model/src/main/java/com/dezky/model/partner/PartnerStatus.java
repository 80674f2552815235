package com.dezky.model.partner;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;

/** A reseller's contract state. Terminated is final: the partner is kept for history. */
public enum PartnerStatus implements Wire {

    IN_NEGOTIATION, ACTIVE, PAUSED, TERMINATED;

    /** A terminated partner earns no payout from its termination on (its customers stay attached). */
    public boolean earnsPayout() {
        return this != TERMINATED;
    }

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }
}
