package com.dezky.platform.security;

/**
 * Whether platform-api holds the account of a token's subject as deactivated. A token stays
 * valid at its issuer until it expires (and authentik may have been changed behind our back), so
 * platform-api's own record decides; the user module answers.
 */
public interface DeactivatedAccounts {

    boolean isDeactivated(String issuer, String subject);
}
