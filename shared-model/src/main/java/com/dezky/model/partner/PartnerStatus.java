package com.dezky.model.partner;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;

/** A reseller's contract state. Terminated is final: the partner is kept for history. */
public enum PartnerStatus implements Wire {

    IN_NEGOTIATION, ACTIVE, PAUSED, TERMINATED;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }
}
