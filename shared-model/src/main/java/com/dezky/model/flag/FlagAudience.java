package com.dezky.model.flag;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Who a flag is shown to: Dezky only (its key, the default), or also the customers, under a name
 * and description written for them. Evaluation is the same either way.
 */
public enum FlagAudience implements Wire {

    INTERNAL, CUSTOMER;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    public static Optional<FlagAudience> fromWire(String value) {
        return Wire.parse(FlagAudience.class, value);
    }
}
