package com.dezky.platform.security;

import com.dezky.model.Audience;

/** Authority names granted from a validated token. */
final class Authorities {

    /** Granted to a token of the operator client (issuer and audience {@code dezky-operator}). */
    static final String OPERATOR_CLIENT = "CLIENT_" + Audience.OPERATOR.value();

    /** Granted to a token of the customer portal client. */
    static final String PORTAL_CLIENT = "CLIENT_" + Audience.PORTAL.value();

    /** Granted when the {@code groups} claim contains {@code dezky-platform-admins}. */
    static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private Authorities() {
    }

    static String client(String audience) {
        return "CLIENT_" + audience;
    }
}
