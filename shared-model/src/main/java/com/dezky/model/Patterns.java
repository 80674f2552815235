package com.dezky.model;

/** Validation patterns shared by the API and its clients. */
public final class Patterns {

    /** Tenant and partner slugs: 3–40 of a-z, 0-9 and inner hyphens. Immutable once created. */
    public static final String SLUG = "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$";

    /** A DNS host name with at least two labels and an alphabetic top-level label, any case. */
    public static final String HOSTNAME =
            "^(?i)(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";

    private Patterns() {
    }
}
