package com.dezky.model;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a sign-in used a second factor, from its {@code amr} (RFC 8176 authentication method
 * references; authentik says {@code mfa} after its authenticator validation stage).
 */
public final class SecondFactors {

    /** The methods that are a second factor besides a password. */
    public static final Set<String> METHODS = Set.of("mfa", "otp", "hwk", "swk", "sms", "face", "fpt");

    private SecondFactors() {
    }

    public static boolean used(Collection<String> authenticationMethods) {
        return authenticationMethods != null && authenticationMethods.stream().anyMatch(METHODS::contains);
    }
}
