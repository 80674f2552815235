package com.dezky.model.flag;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a flag decides: never, always, for an allowlist, or for a percentage of tenants. */
public enum FlagState implements Wire {

    OFF, ON, TARGETED, ROLLOUT;

    @JsonValue
    @Override
    public String wire() {
        return Wire.of(this);
    }

    public static Optional<FlagState> fromWire(String value) {
        return Wire.parse(FlagState.class, value);
    }
}
