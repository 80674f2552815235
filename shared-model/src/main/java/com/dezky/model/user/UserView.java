package com.dezky.model.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A Dezky user as the API shows it. A user is identified by the pair (issuer, subject):
 * the same subject at two issuers is two users. {@code tenantCount} counts the tenants the
 * user belongs to, through identity-provider groups or explicit membership; {@code active} is
 * false once the user was deactivated.
 */
public record UserView(
        String id,
        String issuer,
        String subject,
        @Nullable String email,
        @Nullable String name,
        boolean platformAdmin,
        boolean active,
        int tenantCount,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {
}
