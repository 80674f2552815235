package com.dezky.model;

/** Authentik group names that carry meaning in Dezky. */
public final class Groups {

    /** Members are Dezky staff allowed to use operator-only endpoints (with an operator token). */
    public static final String PLATFORM_ADMINS = "dezky-platform-admins";

    private static final String TENANT_PREFIX = "dezky-tenant-";

    private Groups() {
    }

    /** The group whose members belong to the tenant. */
    public static String tenantMembers(String tenantSlug) {
        return TENANT_PREFIX + tenantSlug;
    }

    /** The group whose members administer the tenant. */
    public static String tenantAdmins(String tenantSlug) {
        return TENANT_PREFIX + tenantSlug + "-admins";
    }
}
