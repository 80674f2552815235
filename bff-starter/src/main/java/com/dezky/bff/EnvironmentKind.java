package com.dezky.bff;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a deployment is for; production is the one a slip costs customers. */
public enum EnvironmentKind {

    DEV, STAGING, PROD;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
