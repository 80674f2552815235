package com.dezky.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two OAuth clients of Dezky. Each is both the OIDC client id of its BFF and the only
 * audience platform-api accepts from that client's issuer.
 */
public enum Audience {

    OPERATOR("dezky-operator"),
    PORTAL("dezky-portal");

    private final String value;

    Audience(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Audience> of(String value) {
        return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
    }
}
