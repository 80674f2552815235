package com.dezky.model.flag;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a flag decides: never, always, for an allowlist, or for a percentage of tenants. */
public enum FlagState {

    OFF, ON, TARGETED, ROLLOUT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FlagState> fromWire(String value) {
        return Arrays.stream(values()).filter(state -> state.wire().equals(value)).findFirst();
    }
}
